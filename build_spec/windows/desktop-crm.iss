; Inno Setup 6 script: the Windows installer of the frozen app (dist\desktop-crm\, made by
; PyInstaller from build_spec\desktop-crm.spec). Saved as UTF-8 with a BOM, so that Inno
; Setup reads the Chinese below right. From the project root, after the bundle:
;     iscc build_spec\windows\desktop-crm.iss
; writes dist\desktop-crm-VERSION-setup.exe. CI builds it (.github/workflows/bundle.yml).
;
; A per-user install: no administrator rights asked, the app goes to
; %LOCALAPPDATA%\Programs\desktop-crm. Uninstalling removes only what was installed: the
; user's databases, backups and settings (%LOCALAPPDATA%\desktop-crm, registry
; HKCU\Software\desktop-crm) stay. Do not add an [UninstallDelete] entry for them.

#define Root AddBackslash(SourcePath) + "..\.."
#define Bundle Root + "\dist\desktop-crm"
#ifndef AppVersion
  ; The version PyInstaller wrote into desktop-crm.exe (from desktop_crm.__version__).
  #define AppVersion GetStringFileInfo(Bundle + "\desktop-crm.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error dist\desktop-crm\desktop-crm.exe is missing or has no version: build the bundle first
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this app: never change it.
AppId={{74E3947E-297D-49E4-AB8B-488FDEC353FA}
AppName=desktop-crm
AppVersion={#AppVersion}
AppVerName=desktop-crm {#AppVersion}
AppPublisher=desktop-crm
AppCopyright=MIT licence
VersionInfoVersion={#AppVersion}
; With PrivilegesRequired=lowest, {autopf} is the user's own %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\desktop-crm
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=desktop-crm-{#AppVersion}-setup
SetupIconFile={#Root}\build\generated\app.ico
UninstallDisplayIcon={app}\desktop-crm.exe
UninstallDisplayName=desktop-crm
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; A running copy is asked to close (Restart Manager) before its files are replaced.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese ships with Inno Setup from 6.5; older compilers build English only.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
en.FileTypes=File types:
en.Associate=Open .sqlite3 databases with desktop-crm
en.DatabaseType=desktop-crm database
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
zh.FileTypes=文件类型：
zh.Associate=用 desktop-crm 打开 .sqlite3 数据库文件
zh.DatabaseType=desktop-crm 数据库
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:Associate}"; GroupDescription: "{cm:FileTypes}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\desktop-crm"; Filename: "{app}\desktop-crm.exe"
Name: "{autodesktop}\desktop-crm"; Filename: "{app}\desktop-crm.exe"; Tasks: desktopicon

[Registry]
; The file association, for this user only (HKA is HKCU in a per-user install). The app
; opens the file given on its command line (desktop-crm PATH.sqlite3).
Root: HKA; Subkey: "Software\Classes\.sqlite3\OpenWithProgids"; ValueType: string; ValueName: "desktop-crm.database"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\desktop-crm.database"; ValueType: string; ValueName: ""; ValueData: "{cm:DatabaseType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\desktop-crm.database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\desktop-crm.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\desktop-crm.database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\desktop-crm.exe"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\desktop-crm.exe\SupportedTypes"; ValueType: string; ValueName: ".sqlite3"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\desktop-crm.exe"; Description: "{cm:LaunchProgram,desktop-crm}"; Flags: nowait postinstall skipifsilent
