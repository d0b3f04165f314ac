"""Los nombres de archivo que el programa propone o escribe son válidos en Windows (issue 84 §2), aunque salgan de
un título o un nombre hostil: un nombre reservado de dispositivo, puntos, espacios, barras, caracteres de control,
emoji, un título de mil letras.

`valido_en_windows` está escrito aparte de `nombre_valido_en_windows` (no comparte ni sus listas ni su código), con
las reglas de Microsoft («Naming Files, Paths, and Namespaces», learn.microsoft.com/windows/win32/fileio/naming-a-file):
  - caracteres reservados: < > : " / \\ | ? * y los de código 1 a 31 (y el nulo);
  - nombres reservados: CON, PRN, AUX, NUL, COM0…COM9, LPT0…LPT9 y COM¹ COM² COM³ LPT¹ LPT² LPT³, en cualquier
    combinación de mayúsculas, también seguidos de una extensión («NUL.txt», «NUL.tar.gz»); Windows recorta los
    espacios antes del punto («CON .txt» también lo es);
  - ni punto ni espacio al final del nombre;
  - MAX_PATH: 260 unidades UTF-16 con el nulo del final, o sea a lo sumo 259 de ruta; aquí, desde la carpeta de
    una oficina de verdad.
"""

import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from escritorio.dominio.correo import nombre_de_adjunto
from escritorio.dominio.nombres_de_archivo import nombre_valido_en_windows
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.piezas.documentos import guardar_documento, nombre_de_archivo
from escritorio.interfaz.piezas.vista_previa import DocumentoParaVer
from escritorio.servicios.acceso_a_los_datos import nombres_de_los_archivos
from escritorio.servicios.supresion_de_datos import nombre_de_la_carta

CARPETA = ("C:\\Users\\María José Fernández\\OneDrive - Municipalidad de San Salvador de Jujuy\\Documentos\\"
           "Escritorio\\")
_DISPOSITIVO = re.compile(r"(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])", re.IGNORECASE)


def valido_en_windows(nombre: str) -> list[str]:
    """Los motivos por los que Windows rechazaría `nombre` en CARPETA (vacía: lo acepta)."""
    motivos = []
    if not nombre or nombre in (".", ".."):
        return ["vacío"]
    malos = [c for c in nombre if c in '<>:"/\\|?*' or ord(c) < 32]
    if malos:
        motivos.append(f"caracteres reservados {malos!r}")
    if nombre[-1] in ". ":
        motivos.append("termina en punto o espacio")
    if _DISPOSITIVO.fullmatch(nombre.split(".", 1)[0].rstrip(" ")):
        motivos.append("nombre reservado de dispositivo")
    ruta = CARPETA + nombre
    if len(ruta.encode("utf-16-le")) // 2 > 259:
        motivos.append(f"la ruta pasa de MAX_PATH ({len(ruta.encode('utf-16-le')) // 2})")
    return motivos


def test_el_validador_rechaza_lo_que_windows_rechaza():
    for malo in ["CON", "con.pdf", "Nul.tar.gz", "COM1.xlsx", "lpt9", "COM¹.pdf", "CON .txt", "acta.", "acta ",
                 "a:b.pdf", "a/b", "a\x07b", "", "x" * 200 + ".pdf"]:
        assert valido_en_windows(malo), malo
    for bueno in ["CONSEJO.pdf", "acta-con-firmas.pdf", "_CON.pdf", "Comisión Ñandú 2026.xlsx", "COM10.pdf", "😀.pdf"]:
        assert not valido_en_windows(bueno), bueno


RESERVADOS = [f"{n}{e}" for n in ["CON", "prn", "Aux", "nUl", "COM0", "com9", "LPT1", "COM¹", "lpt³"]
              for e in ["", ".pdf", ".tar.gz", " .txt", ".", " "]]
HOSTILES = st.one_of(
    st.text(),
    st.sampled_from(RESERVADOS),
    st.text(alphabet=st.sampled_from(list('<>:"/\\|?*. \x00\x07\x1f\t\nCONulpt1¹😀ñé')), max_size=40),
    st.text(min_size=900, max_size=1100),
    st.builds(lambda n, s: n + s, st.sampled_from(RESERVADOS), st.text(max_size=5)),
)


def propuesto_por_el_dialogo(nombre: str) -> str:
    """El nombre que el diálogo «Guardar» de la ventana (`guardar_documento`) propone para `nombre`."""
    propuestas = []
    with mock.patch.object(elegir_archivo, "para_guardar",
                           lambda _p, _t, propuesta, _f="": propuestas.append(propuesta) or ""):
        assert guardar_documento(None, "Guardar", nombre, lambda _ruta: None) is False
    return Path(propuestas[-1]).name


# Cada función que propone o escribe un nombre, con la forma en que la llama el programa.
PROPONEN = {
    "nombre_valido_en_windows": lambda t: nombre_valido_en_windows(t),
    "… con extensión": lambda t: nombre_valido_en_windows(t + ".pdf"),
    "nombre_de_archivo": lambda t: nombre_de_archivo(t),
    "informe de una actividad": lambda t: propuesto_por_el_dialogo(f"{nombre_de_archivo(t)}.pdf"),
    "composición de un órgano": lambda t: propuesto_por_el_dialogo(f"{nombre_de_archivo(t)}-2026-11-29.pdf"),
    "sesión (sigla, título, sufijo)": lambda t: propuesto_por_el_dialogo(
        f"{nombre_de_archivo(t)}-{nombre_de_archivo(t)}-convocatoria.pdf"),
    "el diálogo con el título crudo": lambda t: propuesto_por_el_dialogo(t + ".xlsx"),
    "nombre_de_adjunto (correo)": lambda t: nombre_de_adjunto(t),
    "vista previa (acta de una sesión)": lambda t: DocumentoParaVer("Acta", f"{nombre_de_archivo(t)}-acta.pdf").nombre,
    "vista previa, el título tal cual": lambda t: DocumentoParaVer("Acta", t).nombre,
}


@pytest.mark.parametrize("funcion", PROPONEN.values(), ids=PROPONEN.keys())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(titulo=HOSTILES)
@example(titulo="CON")
@example(titulo="Asamblea: 2026/27")
@example(titulo="x" * 1000)
@example(titulo=". . .")
def test_todo_nombre_propuesto_es_valido_en_windows(funcion, titulo):
    nombre = funcion(titulo)
    assert not valido_en_windows(nombre), (titulo[:80], nombre, valido_en_windows(nombre))


def test_el_dialogo_conserva_la_extension():
    assert propuesto_por_el_dialogo("x" * 1000 + ".xlsx").endswith(".xlsx")
    assert propuesto_por_el_dialogo("CON.pdf") == "_CON.pdf"


def test_las_cartas_de_los_derechos():
    for solicitud in (1, 10**12):
        for nombre in (*nombres_de_los_archivos(solicitud), nombre_de_la_carta(solicitud)):
            assert not valido_en_windows(nombre), nombre


def test_lo_que_un_usuario_notaria():
    # Una sesión titulada «CON», en el diálogo que lo usa tal cual y en el que lo pasa a minúsculas.
    assert nombre_valido_en_windows("CON.pdf") == "_CON.pdf"
    assert f"{nombre_de_archivo('CON')}.pdf" == "_con.pdf"
    assert nombre_de_adjunto("CON") == "_CON.pdf"
    # Un órgano «Asamblea: 2026/27».
    assert nombre_valido_en_windows("Asamblea: 2026/27.pdf") == "Asamblea - 2026-27.pdf"
    assert nombre_de_adjunto("Asamblea: 2026/27") == "Asamblea 2026-27.pdf"
    assert nombre_de_archivo("Asamblea: 2026/27") == "asamblea-2026-27"
    # Las tildes y la eñe quedan; lo que no molesta, igual.
    assert nombre_valido_en_windows("Acta de la Comisión Ñandú 2026.pdf") == "Acta de la Comisión Ñandú 2026.pdf"
    assert nombre_valido_en_windows("CONSEJO.pdf") == "CONSEJO.pdf"
    # Un título de mil letras se corta: la extensión y el comienzo quedan, y la ruta cabe.
    largo = nombre_valido_en_windows("Convocatoria a la Asamblea General " + "ordinaria " * 100 + ".pdf")
    assert largo.startswith("Convocatoria a la Asamblea General ordinaria") and largo.endswith(".pdf")
    assert len(CARPETA + largo) <= 259
    # Nada que rescatar: un nombre igual.
    assert nombre_valido_en_windows("???.xlsx") == "documento.xlsx"
    assert nombre_valido_en_windows("") == "documento"
