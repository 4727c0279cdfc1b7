# A __getattr__ that recurses forever raises RecursionError at the default limit.
class Loop:
    def __getattr__(self, name):
        return self.missing


try:
    Loop().anything
except RecursionError as e:
    print("RecursionError:", e)


class Chain:
    def __getattr__(self, name):
        return getattr(self, "_" + name)


try:
    Chain().x
except RecursionError as e:
    print("RecursionError:", type(e).__name__)

print(hasattr(Loop(), "__class__"))
