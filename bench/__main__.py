"""Run every benchmark: python -m bench"""

from bench import bench_demo, bench_insert, bench_search

for module in (bench_demo, bench_insert, bench_search):
    module.main()
