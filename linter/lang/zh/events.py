"""Chinese event words and cues (linter.extract.events)."""

# Trigger word → event kind. Longer words first is the engine's job.
TRIGGERS = {
    "签署": "signature", "签字": "signature", "簽署": "signature",
    "批准": "ratification", "核准": "ratification",
    "加入": "accession",
    "生效": "entry-into-force",
    "通过": "adoption", "通過": "adoption",
    "举行": "meeting", "召开": "meeting", "舉行": "meeting", "召開": "meeting",
    "提交": "submission", "提出": "submission",
    "访问": "visit", "訪問": "visit",
    "主办": "hosting", "主辦": "hosting",
    "发言": "speech", "讲话": "speech", "致辞": "speech",
}
# A trigger that is part of a longer word is not one: 加入国 (a member), 通过率 (a rate).
NOT_TRIGGER_AFTER = ("国", "率", "者", "后的")
# A meeting named by its ordinal: 第十次部长级会议, 第 64 届大会.
MEETING = r"第[一二三四五六七八九十百\d ]+[次届][^\s，。；、“”()（）]{2,16}?(?:审议会议|会议|大会|峰会|论坛)"

CUES = {
    "其中": "composition", "包括": "composition",
    "分别": "enumeration", "分別": "enumeration",
    "每人": "per-unit", "人均": "per-unit", "每年": "per-unit",
    "将于": "future", "拟于": "future", "计划于": "future", "预计": "future", "定于": "future",
    "已经": "completed", "业已": "completed",
}
# Markers of the clause before a trigger or its date that make the event a plan or a fact.
FUTURE = ("将于", "将在", "将", "拟于", "拟", "计划于", "计划", "预计", "定于")
COMPLETED = ("已经", "业已", "已", "了")
