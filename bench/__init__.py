"""`make bench`: how fast the tracker is, measured as ratios in one run (issue 8).

- `bench.generate`: a deterministic synthetic corpus recombined from the sample articles;
- `bench.run`: the benchmark driver (prints a table, writes bench/results.json);
- `bench.worker`: one measured job per fresh subprocess (ETL build, bare Kiwi floor).
"""
