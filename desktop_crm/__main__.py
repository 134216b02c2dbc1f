import sys

from desktop_crm.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the PyInstaller build: the import's helper process
        import multiprocessing         # starts here (domain/importing/prepare.py)

        multiprocessing.freeze_support()
    raise SystemExit(main())
