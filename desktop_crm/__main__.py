import multiprocessing

from desktop_crm.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen app's import helper process starts here
    raise SystemExit(main())
