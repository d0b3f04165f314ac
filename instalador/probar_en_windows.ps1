<#
.SYNOPSIS
  Prueba de humo del instalador de Escritorio en cualquier PC con Windows, a mano y sin descargar nada.

.DESCRIPTION
  Lo mismo que hace el trabajo de Windows (.github/workflows/windows.yml) con instalador/humo.py, pero sin Python:
  instala el programa sin administrador (/VERYSILENT /CURRENTUSER), comprueba dónde quedó, su entrada en el menú
  Inicio y en «Programas y características», crea una base, importa un padrón (un CSV que arma este guion), emite
  las cuotas, imprime un acta en PDF, verifica las bases, abre la ventana sin pantalla y guarda una captura;
  después desinstala, comprueba que los datos siguen ahí y vuelve a instalar encima, que abre la misma base.
  Escribe una línea por comprobación, «ok …» o «FALLA …», y sale con 1 si alguna falló.

  Las bases de la prueba quedan en -Datos (no toca la base de siempre de quien la corre). La ventana queda
  abierta en Miembros la próxima vez (es lo que abre la prueba).

  -ProbarBorrado agrega un último paso: desinstalar con /BORRARDATOS borra la carpeta de datos del usuario
  (%LOCALAPPDATA%\Escritorio). Solo en una máquina sin datos que importen (la de CI): borra la base de siempre.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File probar_en_windows.ps1 -Instalador .\Escritorio-0.1.0-instalar.exe
#>
param(
    [Parameter(Mandatory = $true)][string]$Instalador,
    [string]$Datos = (Join-Path $env:TEMP "escritorio-humo"),
    [string]$Capturas = "",
    [string]$Informe = "",
    [switch]$ProbarBorrado
)

$ErrorActionPreference = "Continue"
[Console]::OutputEncoding = [Text.Encoding]::UTF8
$env:PYTHONIOENCODING = "utf-8"
$script:Fallas = 0
$script:Lineas = @()
$Carpeta = Join-Path $env:LOCALAPPDATA "Programs\Escritorio"
$Programa = Join-Path $Carpeta "Escritorio.exe"
$Clave = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\{6C1D7E0A-3F4B-4E7B-9B2C-5A8E1D0F2B47}_is1"
$SinBom = New-Object Text.UTF8Encoding $false

function Comprobar([string]$Nombre, [bool]$Bien, [string]$Detalle = "") {
    if ($Bien) { $linea = "ok $Nombre" }
    else {
        $script:Fallas++
        $resto = $Detalle.Trim()
        if ($resto.Length -gt 600) { $resto = $resto.Substring($resto.Length - 600) }
        $linea = "FALLA ${Nombre}: $resto"
    }
    Write-Host $linea
    $script:Lineas += $linea
    return $Bien
}

function Correr([string[]]$Argumentos) {
    $salida = & $Programa @Argumentos 2>&1 | Out-String
    return @{ Estado = $LASTEXITCODE; Salida = $salida }
}

function Orden([string]$Nombre, [string[]]$Argumentos, [string]$Espera = "") {
    $r = Correr $Argumentos
    $null = Comprobar $Nombre (($r.Estado -eq 0) -and $r.Salida.Contains($Espera)) "estado $($r.Estado): $($r.Salida)"
}

function Instalar {
    $p = Start-Process -Wait -PassThru -FilePath $Instalador `
        -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/LOG=`"$Datos\instalar.log`""
    return $p.ExitCode
}

XX
    # El desinstalador se copia a TEMP y sigue desde ahí: se espera a que la carpeta quede sin el programa.
    for ($i = 0; $i -lt 60 -and (Test-Path $Programa); $i++) { Start-Sleep -Seconds 1 }
    return $p.ExitCode
}

New-Item -ItemType Directory -Force $Datos | Out-Null
Get-ChildItem $Datos -Filter "*.db*" -ErrorAction SilentlyContinue | Remove-Item -Force

# 1. Instalar sin administrador
if (-not (Comprobar "existe el instalador $Instalador" (Test-Path $Instalador))) { exit 1 }
$estado = Instalar
$null = Comprobar "instalar sin administrador (estado $estado)" ($estado -eq 0) (Get-Content "$Datos\instalar.log" -Raw -ErrorAction SilentlyContinue)
if (-not (Comprobar "el programa está en $Carpeta" (Test-Path $Programa))) { exit 1 }
$inicio = Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs\Escritorio.lnk"
$null = Comprobar "entrada en el menú Inicio" (Test-Path $inicio) $inicio
$version = (Correr @("--version")).Salida.Trim()
$registro = Get-ItemProperty -Path $Clave -ErrorAction SilentlyContinue
$null = Comprobar "«Programas y características» dice $version" (($null -ne $registro) -and ("$($registro.DisplayName)" -eq $version)) "$($registro.DisplayName)"

# 2. Lo que una oficina hace el primer día
$base = Join-Path $Datos "humo.db"
$demo = Join-Path $Datos "demo.db"
Orden "crear la base" @("--db", $base, "asociacion", "crear", "--nombre", "Red de la Prueba de Humo", "--sigla", "RPH", "--paises", "AR:pleno,UY:pleno")
$padron = Join-Path $Datos "padron.csv"
[IO.File]::WriteAllText($padron, "Nombre;País;Población`r`nVilla del Humo;AR;120000`r`nPuerto Prueba;UY;45000`r`nSanta Comprobación;AR;800000`r`n", $SinBom)
Orden "importar el padrón" @("--db", $base, "miembros", "importar", $padron)
Orden "el padrón tiene Santa Comprobación" @("--db", $base, "miembros", "listar") "Santa Comprobación"
$anio = (Get-Date).Year
Orden "definir la escala" @("--db", $base, "cuotas", "escala", "definir", "--desde", "$anio-01-01", "--moneda", "USD", "--tramos", "0:100,100000:500")
Orden "emitir las cuotas" @("--db", $base, "cuotas", "emitir", "$anio")
Orden "la red de ejemplo" @("--db", $demo, "demo")
$acta = Join-Path $Datos "acta.pdf"
$r = Correr @("--db", $demo, "sesiones", "acta", "2", $acta, "--reemplazar")
$esPdf = (Test-Path $acta) -and ([Text.Encoding]::ASCII.GetString([IO.File]::ReadAllBytes($acta), 0, 5) -eq "%PDF-")
$null = Comprobar "imprimir un acta en PDF" (($r.Estado -eq 0) -and $esPdf) $r.Salida
Orden "verificar la base nueva" @("--db", $base, "verificar")
Orden "verificar la red de ejemplo" @("--db", $demo, "verificar")

# 3. La ventana, sin pantalla: abre en Miembros, pinta el padrón, se guarda en una imagen y se cierra sola
$captura = Join-Path $Datos "ventana.png"
Remove-Item $captura -ErrorAction SilentlyContinue
$env:QT_QPA_PLATFORM = "offscreen"; $env:ESCRITORIO_MEDIR_ARRANQUE = "1"; $env:ESCRITORIO_CAPTURA = $captura
$r = Correr @("--db", $demo)
Remove-Item Env:QT_QPA_PLATFORM, Env:ESCRITORIO_MEDIR_ARRANQUE, Env:ESCRITORIO_CAPTURA
$null = Comprobar "abrir la ventana sin pantalla" (($r.Estado -eq 0) -and $r.Salida.Contains("PADRON_COMPLETO")) "estado $($r.Estado): $($r.Salida)"
$null = Comprobar "captura de la ventana" ((Test-Path $captura) -and ((Get-Item $captura).Length -gt 10000)) $captura
if ($Capturas -and (Test-Path $captura)) {
    New-Item -ItemType Directory -Force $Capturas | Out-Null
    Copy-Item $captura (Join-Path $Capturas "ventana.png")
}

# 4. Desinstalar conserva los datos; volver a instalar encima abre la misma base
$datosDelUsuario = Join-Path $env:LOCALAPPDATA "Escritorio"
$habiaDatos = Test-Path $datosDelUsuario
$estado = Desinstalar
$null = Comprobar "desinstalar (estado $estado)" (($estado -eq 0) -and -not (Test-Path $Programa)) "sigue $Programa"
$null = Comprobar "las bases siguen en $Datos" ((Test-Path $base) -and (Test-Path $demo))
$null = Comprobar "la carpeta de datos del usuario sigue ($datosDelUsuario)" ((-not $habiaDatos) -or (Test-Path $datosDelUsuario))
$estado = Instalar
$null = Comprobar "volver a instalar (estado $estado)" (($estado -eq 0) -and (Test-Path $Programa))
Orden "la base de antes abre con el programa reinstalado" @("--db", $base, "miembros", "listar") "Villa del Humo"
Orden "y se verifica" @("--db", $base, "verificar")

# 5. Desinstalar pidiendo borrar los datos (/BORRARDATOS) sí borra la carpeta de datos del usuario
if ($ProbarBorrado) {
    $null = & $Programa "--db" (Join-Path $datosDelUsuario "escritorio.db") "asociacion" "crear" "--nombre" "Red a borrar" "--sigla" "RB" 2>&1
    $null = Comprobar "hay datos del usuario para borrar ($datosDelUsuario)" (Test-Path $datosDelUsuario)
    $estado = Desinstalar @("/BORRARDATOS")
    $null = Comprobar "desinstalar con /BORRARDATOS (estado $estado)" ($estado -eq 0)
    $null = Comprobar "la carpeta de datos del usuario ya no está" (-not (Test-Path $datosDelUsuario)) $datosDelUsuario
    $null = Comprobar "las bases de la prueba, fuera de esa carpeta, siguen en $Datos" ((Test-Path $base) -and (Test-Path $demo))
}

$final = if ($script:Fallas) { "FALLA prueba de humo: $($script:Fallas) fallas" } else { "ok prueba de humo: 0 fallas" }
Write-Output $final
$script:Lineas += $final
if ($Informe) {
    New-Item -ItemType Directory -Force (Split-Path -Parent $Informe) | Out-Null
    [IO.File]::WriteAllLines($Informe, [string[]]$script:Lineas, $SinBom)
}
if ($script:Fallas) { exit 1 } else { exit 0 }
