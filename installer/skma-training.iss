; Inno Setup script: installs the PyInstaller folder for the current user, with
; Start-menu shortcuts in Kazakh, Russian and English. Build on Windows with
;   iscc /DVersion=0.1.0 installer\skma-training.iss
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6C3B5F5E-9E7A-4C1B-9D0E-5A4B2C1D0E17}
AppName=SKMA Training
AppVersion={#Version}
AppPublisher=South Kazakhstan Medical Academy
DefaultDirName={autopf}\SKMA Training
DefaultGroupName=SKMA Training
PrivilegesRequired=lowest
OutputBaseFilename=skma-training-{#Version}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\skma-training.exe

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\skma-training\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\SKMA Training"; Filename: "{app}\skma-training.exe"
Name: "{group}\SKMA Training (demo)"; Filename: "{app}\skma-training.exe"; Parameters: "--demo"
Name: "{userdesktop}\SKMA Training"; Filename: "{app}\skma-training.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\skma-training.exe"; Description: "{cm:LaunchProgram,SKMA Training}"; Flags: nowait postinstall skipifsilent
