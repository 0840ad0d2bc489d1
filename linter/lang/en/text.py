"""English words the text rules read (TXT001, through `Context.words(name, family="text")`)."""

# Words that are right twice in a row ("had had", "that that").
REPEATS_ALLOWED = ("had", "that")
