# An exception group only partly handled by except*: the rest propagates.
try:
    raise ExceptionGroup("mixed", [ValueError("handled"), TypeError("not handled")])
except* ValueError:
    print("ValueError part handled")
