; Instalador de Escritorio para Windows (Inno Setup 6), por usuario y sin permisos de administrador. En UTF-8 con
; BOM: Inno Setup anterior a 6.3 lee sin BOM como ANSI y estropearía los acentos de los mensajes.
;
; Antes: `pyinstaller --noconfirm instalador\escritorio.spec` deja el programa en dist\Escritorio\.
; Después, desde la raíz del repositorio:
;
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" instalador\escritorio.iss
;
; produce Output\Escritorio-<versión>-instalar.exe. La versión se lee de escritorio\__init__.py
; (__version__); para forzar otra:  ISCC /DVersion=1.2.3 instalador\escritorio.iss
;
; Instala en %LOCALAPPDATA%\Programs\Escritorio, con acceso en el menú Inicio (y en el escritorio si
; se pide). Desinstalar quita el programa y conserva los datos (la base, los respaldos y el registro viven en
; %LOCALAPPDATA%\Escritorio, que el instalador no crea ni toca), salvo que se pida borrarlos ([Code]).

#define AppName "Escritorio"
#define AppExe "Escritorio.exe"
#define Raiz AddBackslash(SourcePath) + ".."
#define Dist Raiz + "\dist\Escritorio"

#ifndef Version
  ; La versión, de la línea `__version__ = "x.y.z"` de escritorio\__init__.py.
  #define Version ""
  #define Archivo
  #define Linea
  #define Resto
  #sub LeerLineaDeVersion
    #define Linea = FileRead(Archivo)
    #if Pos("__version__", Linea) == 1
      #define Resto = Copy(Linea, Pos('"', Linea) + 1)
      #define Version = Copy(Resto, 1, Pos('"', Resto) - 1)
    #endif
  #endsub
  #for {Archivo = FileOpen(Raiz + "\escritorio\__init__.py"); Archivo && !FileEof(Archivo) && Version == ""; ""} LeerLineaDeVersion
  #if Archivo
    #expr FileClose(Archivo)
  #endif
  #if Version == ""
    #error No se encontró __version__ en escritorio\__init__.py: compile con /DVersion=x.y.z
  #endif
#endif

#ifnexist Dist + "\" + AppExe
  #error Falta dist\Escritorio\Escritorio.exe: primero corra pyinstaller instalador\escritorio.spec (ver instalador\LEEME.md)
#endif

[Setup]
; AppId identifica al programa para actualizar y desinstalar: no cambiarlo nunca.
AppId={{6C1D7E0A-3F4B-4E7B-9B2C-5A8E1D0F2B47}
AppName={#AppName}
AppVersion={#Version}
AppVerName={#AppName} {#Version}
AppPublisher=Escritorio
VersionInfoVersion={#Version}
VersionInfoProductName={#AppName}
VersionInfoDescription=Instalador de {#AppName}
; Por usuario: sin UAC, en la carpeta de programas del usuario.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
; Solo Windows 10 o posterior de 64 bits, como Python 3.11 y Qt 6.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Raiz}\Output
OutputBaseFilename={#AppName}-{#Version}-instalar
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#Version}
; Si el programa está abierto, pedir cerrarlo antes de reemplazar sus archivos.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no
#ifdef Firmar
; Firma Authenticode del instalador y del desinstalador, con el certificado de la asociación (ver instalador\LEEME.md,
; «Firmar el instalador»). Se compila con /DFirmar y la herramienta «firma» definida en la línea de órdenes:
;   ISCC /DFirmar "/Sfirma=signtool sign /fd SHA256 /sha1 HUELLA /tr URL_DEL_SELLO /td SHA256 $f" instalador\escritorio.iss
SignTool=firma
SignedUninstaller=yes
#endif

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "escritorio"; Description: "Crear un acceso en el escritorio"; GroupDescription: "Accesos:"; Flags: unchecked

[InstallDelete]
; Una versión nueva reemplaza la carpeta del programa entera (nunca la de datos).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "Secretaría de la asociación de municipios"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: escritorio

[Run]
Filename: "{app}\{#AppExe}"; Description: "Abrir {#AppName}"; WorkingDir: "{userdocs}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Solo lo que pudo quedar en la carpeta del programa (por ejemplo __pycache__). Los datos en
; %LOCALAPPDATA%\Escritorio no se mencionan aquí a propósito: se conservan (salvo /BORRARDATOS o que la
; persona lo pida al desinstalar: [Code]).
Type: filesandordirs; Name: "{app}\_internal"

[Messages]
es.FinishedLabel=Escritorio quedó instalado.%n%nSus datos (la base, los respaldos y el registro de errores) se guardan aparte, en la carpeta Escritorio de AppData\Local del usuario, y se conservan aunque desinstale o actualice el programa.

[Code]
// Desinstalar conserva los datos salvo que se pida borrarlos: la persona, con dos preguntas cuya respuesta por
// omisión es «No»; una instalación desatendida, con /BORRARDATOS en la línea del desinstalador.
const
  PedidoDeBorrar = '/BORRARDATOS';

function CarpetaDeDatos(): String;
begin
  Result := ExpandConstant('{localappdata}\Escritorio');
end;

function SePidioBorrarPorParametro(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), PedidoDeBorrar) = 0 then
      Result := True;
end;

function LaPersonaPideBorrar(Carpeta: String): Boolean;
begin
  Result := False;
  if MsgBox('Se desinstaló Escritorio. Sus datos (las bases, los respaldos y el registro de errores) siguen en ' +
      Carpeta + '.' + #13#10 + #13#10 + '¿Quiere borrarlos también? Responda «No» si los va a necesitar o si va a ' +
      'volver a instalar Escritorio.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  Result := MsgBox('Se borrará la carpeta ' + Carpeta + ' con TODAS sus bases y respaldos. No se puede deshacer.' +
      #13#10 + #13#10 + '¿Borrarla?', mbError, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Carpeta: String;
  Borrar: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Carpeta := CarpetaDeDatos();
  if not DirExists(Carpeta) then
    Exit;
  Borrar := SePidioBorrarPorParametro();
  if not Borrar and not UninstallSilent then
    Borrar := LaPersonaPideBorrar(Carpeta);
  if Borrar then
    DelTree(Carpeta, True, True, True)
  else if not UninstallSilent then
    MsgBox('Sus datos quedan en ' + Carpeta + '; bórrela a mano solo si ya no los necesita.', mbInformation, MB_OK);
end;
