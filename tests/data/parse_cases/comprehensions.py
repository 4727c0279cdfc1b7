[x async for x in y if x if z for w in v]
{k: v for k, v in d}
{x for x in y}
(x for x in y)
