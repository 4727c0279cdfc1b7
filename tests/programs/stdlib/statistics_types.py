"""statistics: result types from mixed data, ties, weights and the edge cases of each function."""
import statistics as st
from fractions import Fraction as F


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for data in [[1, 2, 3, 4], [1, F(1, 2)], [F(1, 3), 0.5], [True, 2], [1.5, 2, F(3, 4)], [-5, -1, 7, 7],
             [10**20, 10**20 + 1], [1e308, 1e308, -1e308], [F(1, 7)] * 5, [2.5, float("inf")]]:
    for f in (st.mean, st.fmean, st.median, st.variance, st.pvariance, st.stdev, st.pstdev, st.mode):
        show(f, data)
show(st.mean, iter([1, 2, 3]))
show(st.variance, (x / 4 for x in range(9)))
show(st.pvariance, [1, 2, 3], mu=F(3, 2))
show(st.stdev, [F(1), F(2), F(4)])
show(st.harmonic_mean, [1, 2, 3], weights=[0, 1, 2])
show(st.harmonic_mean, [F(1, 2), F(1, 3)], weights=[F(1), 2])
show(st.harmonic_mean, [0.0, 2.0])
show(st.harmonic_mean, [1, 2], weights=[0, 0])
show(st.harmonic_mean, [1, 2], weights=[-1, 2])
show(st.geometric_mean, [F(1, 2), 8])
show(st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2)
show(st.median_grouped, ["a", "b"])
show(st.median_grouped, [1, 3], "x")
show(st.quantiles, [1, 2, 3, 4, 5], n=1)
show(st.quantiles, [1, 9], n=5)
show(st.quantiles, [F(1, 2), F(3, 2), 5], n=3, method='inclusive')
show(st.correlation, [1, 2, 2, 3, 3, 3], [6, 5, 5, 4, 4, 3], method='ranked')
show(st.correlation, [1.5, 2.5, 0.5], [3, 4, 2])
show(st.covariance, [1, 2, 3], [1, 2, 3.5])
show(st.linear_regression, [0, 1, 2], [1, 3, 5])
show(st.linear_regression, [1, 2, 3], [2, 4, 6], proportional=True)
show(st.multimode, [3, 1, 3, 1, 2])
show(st.multimode, "abracadabra")
show(st.mode, [1.0, 1, True, 2])
show(st.fmean, [1, 2, 3], [1, 1])
show(st.fmean, [1, 2], [0, 0])
show(st.fmean, (x for x in [1, 2, 4]))
lr = st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9.5])
print(lr._replace(intercept=0.0), lr._fields, type(lr).__name__, lr == (lr.slope, lr.intercept), lr[0] == lr.slope)
nd = st.NormalDist.from_samples([1, 2, 3, 4, 5.5])
print(nd, nd.overlap(nd), nd.cdf(nd.mean), repr(nd.pdf(2)), st.NormalDist(1, 0) == st.NormalDist(1.0, 0.0))
print(st.NormalDist(0, 1).quantiles(10))
print(repr(st.NormalDist(5, 2).inv_cdf(0.025)), repr(st.NormalDist(5, 2).inv_cdf(0.9999999)), repr(st.NormalDist(5, 2).inv_cdf(1e-300)))
