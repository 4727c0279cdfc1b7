"""statistics: averages, spread, relations and NormalDist, exact as CPython computes them."""
import statistics as st
from fractions import Fraction as F


def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


state = 7
def rnd():
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state / 2**31

floats = [rnd() * 100 - 30 for _ in range(200)]
ints = [int(rnd() * 50) for _ in range(101)]
fracs = [F(int(rnd() * 100), int(rnd() * 9) + 1) for _ in range(30)]

for data in [floats, ints, fracs, [1, 2, 3, 4], [2.5], [1, 2.5], [F(1, 3), 2], [True, False, True]]:
    print(repr(st.mean(data)), repr(st.fmean(data)), repr(st.median(data)), repr(st.median_low(data)),
          repr(st.median_high(data)), repr(st.median_grouped(data)), repr(st.median_grouped(data, 2)))
    if len(data) > 1:
        print(repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)), repr(st.pstdev(data)))
        print(repr(st.quantiles(data)), repr(st.quantiles(data, n=10, method='inclusive')))
print(repr(st.variance(ints, 20)), repr(st.pvariance(floats, 10.0)), repr(st.stdev([1, 2, 4], 2)))
print(repr(st.geometric_mean([1, 2, 4, 8])), repr(st.geometric_mean(f for f in floats if f > 0)))
print(repr(st.harmonic_mean([1, 2, 4])), repr(st.harmonic_mean([40, 60], weights=[5, 30])),
      repr(st.harmonic_mean([F(1, 2), 3])), repr(st.harmonic_mean([2.5])), repr(st.harmonic_mean([0, 5])))
print(repr(st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5])), repr(st.fmean(iter([1.5, 2.5]))))
print(st.mode([1, 1, 2, 3, 3]), st.mode("aabbbc"), st.mode(["x"]), st.multimode("aabbc"), st.multimode([]))
print(repr(st.covariance(floats[:50], floats[50:100])), repr(st.correlation(floats[:50], floats[50:100])))
print(repr(st.correlation(ints[:40], ints[40:80], method='ranked')), repr(st.correlation([1, 2, 3], [3, 5, 11])))
lr = st.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1])
print(lr, lr.slope, lr.intercept, tuple(lr), lr._asdict())
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(repr(st.variance([F(1, 3), F(2, 3), F(5, 7)])), repr(st.mean([1e300, 1e300])), repr(st.mean([10**30, 1])))
print(repr(st.pvariance([float('inf'), 1.0])), repr(st.mean([float('nan'), 1.0])), repr(st.median([3, 1, 2])))

nd = st.NormalDist(10, 2)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(repr(nd.pdf(11)), repr(nd.cdf(11)), repr(nd.inv_cdf(0.3)), repr(nd.inv_cdf(0.999999)), repr(nd.inv_cdf(1e-20)))
print([round(q, 12) for q in nd.quantiles()], repr(nd.zscore(13)), repr(nd.overlap(st.NormalDist(12, 3))))
print(repr(nd.overlap(st.NormalDist(11, 2))), nd + 5, nd - st.NormalDist(1, 1), nd * 3, nd / 2, -nd, +nd, 5 - nd, 2 * nd)
print(nd == st.NormalDist(10.0, 2.0), nd != st.NormalDist(10, 3), hash(nd) == hash(st.NormalDist(10, 2)))
print(st.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print([round(x, 10) for x in nd.samples(5, seed=42)])
print([repr(st.NormalDist().inv_cdf(p)) for p in (0.001, 0.01, 0.1, 0.42, 0.5, 0.77, 0.98, 0.9999)])

err(st.mean, [])
err(st.fmean, [])
err(st.fmean, [1, 2], weights=[1])
err(st.fmean, [1, 2], weights=[1, -1])
err(st.median, [])
err(st.median_low, [])
err(st.median_high, [])
err(st.median_grouped, [])
err(st.mode, [])
err(st.mode, [[1]])
err(st.variance, [1])
err(st.pvariance, [])
err(st.stdev, [1])
err(st.pstdev, [])
err(st.quantiles, [1])
err(st.quantiles, [1, 2], n=0)
err(st.quantiles, [1, 2], method='x')
err(st.geometric_mean, [1, -1])
err(st.geometric_mean, [])
err(st.harmonic_mean, [1, -1])
err(st.harmonic_mean, [])
err(st.harmonic_mean, [1, 2], weights=[1])
err(st.harmonic_mean, ["a"])
err(st.covariance, [1, 2], [1])
err(st.covariance, [1], [1])
err(st.correlation, [1, 1, 1], [1, 2, 3])
err(st.correlation, [1, 2], [1, 2], method='x')
err(st.linear_regression, [1, 1], [1, 2])
err(st.linear_regression, [1], [1])
err(st.mean, ["a", "b"])
err(st.mean, [1, 2j])
err(st.NormalDist, 0, -1)
err(st.NormalDist(0, 0).pdf, 1)
err(st.NormalDist(0, 0).cdf, 1)
err(st.NormalDist().inv_cdf, 0)
err(st.NormalDist().overlap, 5)
err(st.NormalDist(0, 0).zscore, 1)
print(issubclass(st.StatisticsError, ValueError), sorted(st.__all__) == st.__all__)
