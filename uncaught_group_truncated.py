# A group with more than 15 sub-exceptions: the rest are summarised.
raise ExceptionGroup("many", [ValueError(i) for i in range(18)])
