# Used instead of PyInstaller's own hook for phonenumbers, which collects every submodule:
# 24 MB of place names, carriers and time zones among them. The app parses, checks and
# formats numbers, for which phonenumbers loads only its region metadata, by name at run time.
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
