# Runtime behaviour of names across nested function, class and comprehension scopes.
def a():
    v = "a's v"

    class B:
        v = "B's v"

        def m(self):
            return v

        w = [v for _ in range(1)] if False else None
    return B().m()


print(a())


def counter_factory():
    counts = {}

    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count


count = counter_factory()
count("x")
count("x")
print(count("x"), count("y"))


def deep():
    level = 0

    def one():
        def two():
            def three():
                nonlocal level
                level += 3
                return level
            return three()
        return two()
    return one(), level


print(deep())
