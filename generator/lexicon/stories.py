"""Word lists of the stories stage (`generator/stories/`)."""

# Words too common in news to tell one story from another (beside the ones shorter than three
# letters, which grouping skips anyway): function words, reporting verbs, the commonest numbers.
GROUPING_STOP_WORDS = frozenset(
    """the and but for with from into onto over under about after before since until while than then there here
    this that these those their they them his her hers its our ours your yours who whom whose what when where
    which why how not nor are was were been being has have had having does did doing will would can could shall
    should may might must also more most some any all each every such only own same other another very just
    said says say saying told tells tell according added adds reported reports reporting asked
    one two three four five six seven eight nine ten first second third last year years day days week weeks
    month months time times new people monday tuesday wednesday thursday friday saturday sunday
    mr mrs ms dr""".split()
)
