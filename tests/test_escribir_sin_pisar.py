"""«Escribir sin pisar» vive en un solo lugar, `salida.escribir_sin_pisar`: la ruta ya comprobada con
`comprobar_salida` se crea con «x», y un archivo que apareció entre la comprobación y la escritura (otro programa,
otra ventana) queda como estaba, con el mismo aviso que da `comprobar_salida`. Lo usan la copia del informe de una
actividad, el PDF firmado exportado y el PDF de un convenio (issue 60, punto 4)."""

import ast
from pathlib import Path

import pytest

from escritorio.errores import ErrorEscritorio
from escritorio.salida import comprobar_salida, escribir_sin_pisar

RAIZ = Path(__file__).resolve().parents[1] / "escritorio"


def test_un_archivo_que_aparece_entretanto_no_se_pisa(tmp_path):
    destino = comprobar_salida(tmp_path / "copia.pdf", ".pdf", "la copia del informe",
                               sin_hacer="no se escribió la copia")
    destino.write_bytes(b"lo que otro programa escribio")   # entre la comprobación y la escritura
    with pytest.raises(ErrorEscritorio) as error:
        escribir_sin_pisar(destino, b"%PDF-1.7 nuevo", "la copia del informe", sin_hacer="no se escribió la copia")
    assert str(error.value) == (f"Ya existe {destino}: no se escribió la copia. Elija otro nombre para la copia del "
                                "informe, o agregue --reemplazar para reemplazar ese archivo.")
    assert destino.read_bytes() == b"lo que otro programa escribio"


def test_con_reemplazar_se_reemplaza_y_sin_archivo_se_crea(tmp_path):
    nuevo = tmp_path / "nuevo.pdf"
    escribir_sin_pisar(nuevo, b"%PDF-1.7 uno", "el PDF firmado")
    assert nuevo.read_bytes() == b"%PDF-1.7 uno"
    escribir_sin_pisar(nuevo, b"%PDF-1.7 dos", "el PDF firmado", reemplazar=True)
    assert nuevo.read_bytes() == b"%PDF-1.7 dos"


def test_un_error_del_disco_dice_el_motivo_y_que_no_se_hizo(tmp_path):
    (tmp_path / "archivo").write_text("no es una carpeta")
    with pytest.raises(ErrorEscritorio) as error:
        escribir_sin_pisar(tmp_path / "archivo" / "x.pdf", b"%PDF", "el PDF del convenio",
                           sin_hacer="no se exportó nada")
    assert "una parte de la ruta no es una carpeta. No se exportó nada." in str(error.value)
    assert "Traceback" not in str(error.value)


def test_una_carpeta_de_la_ruta_con_un_nombre_imposible_se_rechaza_con_el_motivo(tmp_path):
    # Una carpeta de más de 255 bytes: el sistema no puede ni mirarla (el fuzzer la encontró en «derechos acceso
    # --carpeta»). Antes salía como un error inesperado; ahora, el motivo y qué no se hizo.
    with pytest.raises(ErrorEscritorio) as error:
        comprobar_salida(tmp_path / ("a" * 501) / "carta.pdf", ".pdf", "la carta", sin_hacer="no se respondió")
    assert "(el nombre es demasiado largo): no se respondió. Elija otra carpeta para la carta." in str(error.value)
    assert "a" * 200 not in str(error.value)   # citado corto


# Otro trabajo: busca un nombre libre (copia-2.txt, copia-3.txt…) en lugar de avisar que ya existe.
OTRO_TRABAJO = {"interfaz/dialogos/sesion/piezas.py": "poner_a_salvo elige un nombre libre para lo escrito"}


def test_nadie_mas_abre_un_archivo_para_crearlo_sin_pisar():
    """Ningún módulo fuera de salida.py abre con «x» por su cuenta: una regla, un lugar."""
    propios = []
    for ruta in sorted(RAIZ.rglob("*.py")):
        relativa = ruta.relative_to(RAIZ).as_posix()
        if relativa == "salida.py" or relativa in OTRO_TRABAJO:
            continue
        for nodo in ast.walk(ast.parse(ruta.read_text(encoding="utf-8"))):
            if isinstance(nodo, ast.Call) and getattr(nodo.func, "id", getattr(nodo.func, "attr", None)) == "open":
                modos = nodo.args[1:2] + [k.value for k in nodo.keywords if k.arg == "mode"]
                if any("x" in ast.unparse(m) for m in modos if not isinstance(m, ast.Name)):
                    propios.append(f"{relativa}:{nodo.lineno}")
    assert not propios, f"use salida.escribir_sin_pisar en lugar de abrir con «x»: {propios}"
