# A custom exception class with __str__, and one whose message is empty.
class DomainError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return f"domain failure with code {self.code}"


class Empty(Exception):
    pass


try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))
raise DomainError(42)
