"""Chinese event words and cues (linter.extract.events)."""

# Trigger word → event kind. Longer words first is the engine's job.
TRIGGERS = {
    "签署": "signature", "签字": "signature", "簽署": "signature",
    "批准": "ratification", "交存批准书": "ratification",
    "接受": "acceptance", "交存接受书": "acceptance",
    "核准": "approval", "交存核准书": "approval",
    "加入": "accession", "交存加入书": "accession",
    "生效": "entry-into-force",
    "开放签署": "opening-for-signature", "开放供签署": "opening-for-signature",
    "通过": "adoption", "通過": "adoption",
    "举行": "meeting", "召开": "meeting", "舉行": "meeting", "召開": "meeting",
    "提交": "submission", "提出": "submission",
    "访问": "visit", "訪問": "visit",
    "主办": "hosting", "主辦": "hosting", "举办": "meeting", "舉辦": "meeting",
    "成立": "establishment", "设立": "establishment", "启动": "launch", "发布": "publication", "印发": "publication",
    "颁布": "adoption", "出台": "adoption", "修订": "amendment", "完成": "completion", "开展": "action",
    "发言": "speech", "讲话": "speech", "致辞": "speech",
}
# Right before a trigger: the event is one State party's (该公约于 2000 年 3 月 1 日对中国生效), a
# kind of its own (TRIGGERS kind → the State's kind).
FOR_STATE_BEFORE = (r"对[\u4e00-\u9fff]{1,10}$", {"entry-into-force": "entry-into-force-for-state"})
# A trigger that is part of a longer word is not one: 加入国 (a member), 通过率 (a rate).
NOT_TRIGGER_AFTER = ("国", "率", "者", "后的", "的重要性", "的必要性", "的紧迫性", "问题", "进程")
# Right before a trigger: the event is an aim, dated by no day (推动《条约》生效, 早日生效).
GOAL_BEFORE = ("推动", "促进", "促使", "争取", "尽早", "早日", "紧急", "力争", "谋求", "致力于", "呼吁", "敦促")
# Words that hold a trigger but name something else: 促进条约生效会议 is a meeting, not an entry into force.
NOT_TRIGGERS = ("生效会议",)
# Instrument words: a title ending in one names an instrument (《…公约》); one alone names none (《公约》).
GENERIC_TITLES = ("条约", "公约", "议定书", "协定", "修正案")
# An instrument named again by its instrument word alone (该公约, 本条约, 《公约》): it stands for the
# last full title before it of that kind (linter.extract.mentions).
_HEADS = "|".join(GENERIC_TITLES)
GENERIC_MENTION = rf"(?:该|本|此|上述|这一|这项|这个|所述|《(?=(?:{_HEADS})》))(?P<head>{_HEADS})"
# A short form defined right after a full title: 《…》（以下简称《禁核试条约》）, （简称“核安全公约”）.
ACRONYM = r"[ \u00a0]*[（(](?:以下)?简称[“《「]?(?P<short>[^”》」）)，。]{1,20}?)[”》」]?[）)]"
# What kind of instrument a title names (regex fragments), by its ending (…法, …公约): the group that matches.
INSTRUMENT_KIND = (rf"({'|'.join(('法', *GENERIC_TITLES))})$",)
# Names of the NPT in a conference title.
NPT_NAMES = ("不扩散核武器条约",)
# Where an event's date is written, and how far from its trigger: before it (于 2019 年 11 月举行).
DATE_REACH = (("before", 25),)
# A meeting named by its ordinal: 第十次部长级会议, 第 64 届大会.
MEETING = r"第[一二三四五六七八九十百\d ]+[次届][^\s，。；、“”()（）]{2,16}?(?:审议会议|会议|大会|峰会|论坛)"

CUES = {
    "其中": "composition", "包括": "composition",
    "分别": "enumeration", "分別": "enumeration",
    "每人": "per-unit", "人均": "per-unit", "每年": "per-unit", "每户": "per-unit", "户均": "per-unit", "每月": "per-unit",
    "每天": "per-unit", "每日": "per-unit", "每吨": "per-unit", "每亩": "per-unit", "每平方米": "per-unit", "每千瓦时": "per-unit",
    "每名": "per-unit", "每个": "per-unit", "每次": "per-unit", "每件": "per-unit", "单价": "per-unit", "价格": "per-unit", "起征点": "per-unit",
    # the parts that make up a whole follow (由 5 名…和 8 名…组成), not some of them (包括)
    "由": "consists-of", "组成": "consists-of", "組成": "consists-of",
    # an exhaustive enumeration follows (3 份工作文件，分别是 A、B 和 C)
    "分别是": "namely", "分别为": "namely", "如下：": "namely", "如下:": "namely", "即：": "namely", "即:": "namely",
}
# Markers of the clause before a trigger or its date that make the event a plan or a fact.
FUTURE = ("将于", "将在", "将", "拟于", "拟", "计划于", "计划", "预计", "定于", "决定", "商定", "提议", "建议", "同意")
COMPLETED = ("已经", "业已", "已", "了")
# They are cues too, but for single characters (将, 已, 了): too common to be cues alone.
CUES |= {w: "future" for w in FUTURE if len(w) > 1} | {w: "completed" for w in COMPLETED if len(w) > 1}
# Right after a date: it is a deadline (2021 年 7 月前提交), not the day of the event.
DEADLINE_AFTER = ("之前", "以前", "前")
