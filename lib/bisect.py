"""Binary search in sorted sequences, and insertion keeping them sorted: bisect_left and
bisect_right give the index where an item would go (before or after equal items), insort_left
and insort_right insert it there; `lo` and `hi` bound the search, `key` applies to the items
of the sequence (for insort, to the new item too)."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
