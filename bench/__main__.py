"""Run every benchmark: python -m bench"""

from bench import (
    bench_addresses, bench_audit, bench_backup, bench_bundle, bench_campaigns, bench_dedupe, bench_demo,
    bench_encryption,
    bench_import, bench_insert, bench_list, bench_members, bench_plans, bench_scoring,
    bench_search, bench_startup, bench_sync, bench_visit_plan,
)

if __name__ == "__main__":  # bench_sync's laptops are spawned processes: they import this too
    for module in (bench_demo, bench_insert, bench_search, bench_list, bench_startup,
                   bench_scoring, bench_plans, bench_visit_plan, bench_members, bench_campaigns, bench_import,
                   bench_dedupe, bench_audit, bench_backup, bench_encryption, bench_bundle,
                   bench_sync, bench_addresses):
        module.main()
