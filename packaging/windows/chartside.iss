; Inno Setup script for Windows (run on a Windows build machine: iscc packaging\windows\chartside.iss).
; Input: build\dist\chartside (the signed PyInstaller bundle from `make package` run on Windows).
; Silent install for IT:  chartside-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Uninstall silently:     "C:\Program Files\Chartside\unins000.exe" /VERYSILENT
#define Version GetEnv("CHARTSIDE_VERSION")
[Setup]
AppId={{6C1E3C57-8E0A-4D7B-9E64-2B1D1C7A5C11}
AppName=Chartside
AppVersion={#Version}
AppPublisher=Chartside
DefaultDirName={autopf}\Chartside
DefaultGroupName=Chartside
OutputBaseFilename=chartside-{#Version}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
; Authenticode: signtool is called by Inno Setup for the installer and the uninstaller
SignTool=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f "$qCHARTSIDE_PFX$q" /p "$qCHARTSIDE_PFX_PASSWORD$q" $f
SignedUninstaller=yes

[Files]
Source: "..\..\build\dist\chartside\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
Source: "..\linux\config.toml.example"; DestDir: "{commonappdata}\Chartside"; Flags: onlyifdoesntexist

[Icons]
Name: "{group}\Chartside"; Filename: "{app}\chartside.exe"
Name: "{autodesktop}\Chartside"; Filename: "{app}\chartside.exe"

[Run]
; refuse to finish if any installed file differs from the signed manifest
Filename: "{app}\chartside.exe"; Parameters: "verify-install --root ""{app}"""; Flags: runhidden waituntilterminated; StatusMsg: "Verifying the installed files..."
