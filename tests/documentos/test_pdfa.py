"""Issue 14, punto 1: cada PDF que hace el programa lleva sus fuentes incrustadas, imprime letras fuera de WinAnsi
(guaraní ẽ ĩ ũ ỹ g̃, polaco Ł, «№») y es PDF/A-2B.

Los documentos se hacen por el camino del usuario: la red de ejemplo creada con la CLI como proceso, un miembro
renombrado «Ñemby ẽĩũỹ g̃ Łódź №1» con el servicio de la ficha (lo que hace la ventana) y cada PDF pedido a la
CLI (o al servicio que usa la ventana, cuando la CLI no lo ofrece: resumen de cobranza, informe de una unidad y
el lote de recibos). Cada PDF se lee de nuevo con pypdf (texto) y pikepdf (estructura).

Ningún validador de PDF/A se instala aquí (veraPDF es Java): se comprueba cada requisito que se puede leer —
identificación en el XMP, coherencia XMP/Info, OutputIntent sRGB, todas las fuentes incrustadas (también las de
formularios XObject), sin cifrado ni JavaScript ni acciones automáticas— y el chequeo de qpdf (la biblioteca, con
pikepdf; y el programa `qpdf --check` si está instalado).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import fields
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.contexto import Contexto

ESPECIAL = "Ñemby ẽĩũỹ g̃ Łódź №1"
ESPECIAL_DEUDOR = "Łódź ẽĩũỹ g̃ Ñemby №2"
SIN_GLIFO = "Hangzhou 杭州"  # letras que las Liberation no tienen: se ven con su código, nunca como un cuadro
SIN_GLIFO_VISTO = "Hangzhou [U+676D][U+5DDE]"
LETRAS = ["ẽ", "ĩ", "ũ", "ỹ", "g\u0303", "Ł", "№", "Ñemby"]


def _entorno(carpeta: Path) -> dict:
    entorno = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_DB"}
    casa = carpeta / "casa"
    casa.mkdir(exist_ok=True)
    entorno.update(HOME=str(casa), XDG_DATA_HOME=str(casa / "datos"), QT_QPA_PLATFORM="offscreen",
                   PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    return entorno


def _cli(carpeta: Path, db: Path, *argumentos, inicio=("-m", "escritorio")) -> subprocess.CompletedProcess:
    resultado = subprocess.run([sys.executable, *inicio, "--db", str(db), *map(str, argumentos)], cwd=carpeta,
                               env=_entorno(carpeta), capture_output=True, text=True, encoding="utf-8", timeout=300)
    return resultado


def _bien(resultado: subprocess.CompletedProcess) -> str:
    assert resultado.returncode == 0, (resultado.args, resultado.stdout, resultado.stderr)
    return resultado.stdout


@pytest.fixture(scope="module")
def documentos(tmp_path_factory, demo_creada_por_la_cli) -> dict[str, Path | str]:
    """Todos los PDF del programa, hechos sobre la red de ejemplo con un miembro «Ñemby ẽĩũỹ g̃ Łódź №1»."""
    from escritorio.documentos.pdf.recibo import escribir_recibos_pdf
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.cobranza import preparar_avisos
    from escritorio.servicios.ficha import guardar_ficha, obtener_ficha
    from escritorio.servicios.informes_cuotas import imprimir_resumen_cobranza
    from escritorio.servicios.informes_organos import imprimir_informe_unidad
    from escritorio.servicios.miembros import listar_miembros
    from escritorio.servicios.pagos import listar_pagos, obtener_pago
    from escritorio.servicios.unidades import unidades
    from escritorio.servicios.votaciones import listar_resoluciones

    carpeta = tmp_path_factory.mktemp("pdfa")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)  # «escritorio demo», hecha una vez en la corrida

    base = abrir_base(db)
    try:
        [asociacion] = listar_asociaciones(base)
        aso = asociacion["id"]
        def renombrar(miembro_id: int, nombre: str) -> None:
            ficha = obtener_ficha(base, miembro_id)
            valores = {f.name: ficha[f.name] for f in fields(FichaMiembro)}
            if isinstance(valores["fecha_ingreso"], str):
                valores["fecha_ingreso"] = date.fromisoformat(valores["fecha_ingreso"])
            valores.update(nombre=nombre, region=f"Región {nombre}")
            guardar_ficha(Contexto(base, aso), FichaMiembro(**valores), miembro_id=miembro_id)

        # São Paulo paga, vota, integra el Consejo; otro miembro, con deudas, recibe un aviso de cobro.
        miembro = next(m for m in listar_miembros(Contexto(base, aso)) if m["nombre"] == "São Paulo")
        renombrar(miembro["id"], ESPECIAL)
        deudor = next(a.miembro_id for a in preparar_avisos(Contexto(base, aso)) if a.miembro_id != miembro["id"])
        renombrar(deudor, ESPECIAL_DEUDOR)
        otro = next(m["id"] for m in listar_miembros(Contexto(base, aso)) if m["id"] not in (miembro["id"], deudor))
        renombrar(otro, SIN_GLIFO)
        pagos = [p for p in listar_pagos(Contexto(base, aso), miembro["id"]) if not p.get("anulado_en")]
        resoluciones = listar_resoluciones(Contexto(base, aso))
        anio = max(int(p["fecha"][:4]) for p in pagos)

        hechos: dict[str, Path] = {}
        # Lo que solo se hace desde la ventana: el mismo servicio que ella llama.
        hechos["cobranza"] = carpeta / "cobranza.pdf"
        imprimir_resumen_cobranza(Contexto(base, aso), anio, hechos["cobranza"])
        unidad = next(iter(unidades(Contexto(base, aso))), None)
        assert unidad is not None, "la demo ya no trae unidades temáticas"
        hechos["unidad"] = carpeta / "unidad.pdf"
        imprimir_informe_unidad(Contexto(base, aso), unidad["id"], hechos["unidad"])
        # El lote de recibos: varios pagos en un PDF (el escritor que usa el recibo suelto, con dos a la vez).
        hechos["recibos_lote"] = carpeta / "recibos.pdf"
        escribir_recibos_pdf(hechos["recibos_lote"], asociacion=asociacion["nombre"], sigla=asociacion["sigla"],
                             papel="A4", pagos=[obtener_pago(Contexto(base, aso), p["id"]) for p in pagos[:3]])
    finally:
        base.close()

    norma = carpeta / "reglamento.md"
    norma.write_text(f"Artículo 1\nLa sede de {ESPECIAL} es permanente.\n\nArtículo 2\nSe habla guaraní: "
                     f"ñe'ẽ, ĩ, ũ, ỹ, g̃uarã.\n\nArtículo 3\nHermanada con {SIN_GLIFO}.\n", encoding="utf-8")
    _bien(_cli(carpeta, db, "estatutos", "cargar", norma, "--titulo", f"Reglamento de {ESPECIAL}",
               "--tipo", "reglamento", "--desde", "2020-01-01"))

    ordenes = {
        "padron": ("miembros", "padron", "{}"),
        "convocatoria": ("sesiones", "convocatoria", "4", "{}"),
        "acta_borrador": ("sesiones", "acta", "4", "{}"),
        "acta_aprobada": ("sesiones", "acta", "3", "{}"),
        "estatuto": ("estatutos", "texto", "{}", "--norma", f"Reglamento de {ESPECIAL}"),
        "recibo": ("pagos", "recibo", str(pagos[0]["id"]), "{}"),
        "estado_cuenta": ("cuotas", "estado-cuenta", "{}", "--miembro", str(miembro["id"])),
        "avisos": ("cuotas", "avisos", "{}"),
        "composicion": ("organos", "composicion", "Consejo", "--pdf", "{}"),
        "organigrama": ("organos", "organigrama", "{}"),
    }
    if resoluciones:
        ordenes["resolucion"] = ("resoluciones", "pdf", str(resoluciones[0]["id"]), "--salida", "{}")
    for nombre, orden in ordenes.items():
        ruta = carpeta / f"{nombre}.pdf"
        resultado = _cli(carpeta, db, *(ruta if a == "{}" else a for a in orden))
        # Un documento que no se pudo hacer falla en sus propias pruebas, no en las de los demás.
        hechos[nombre] = ruta if resultado.returncode == 0 else f"{' '.join(orden)}: {resultado.stderr}"
    return hechos


# Documentos en los que el miembro (o el reglamento) aparece con su nombre. El resumen de cobranza cuenta por
# país y el organigrama muestra órganos: no nombran al miembro, pero llevan igual fuentes incrustadas y PDF/A.
CON_EL_NOMBRE = ["padron", "convocatoria", "acta_borrador", "estatuto", "recibo", "recibos_lote", "estado_cuenta",
                 "avisos", "composicion"]
TODOS = CON_EL_NOMBRE + ["acta_aprobada", "cobranza", "unidad", "organigrama", "resolucion"]


def _texto(ruta: Path) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() or "" for p in PdfReader(ruta).pages))


def _documento(documentos, nombre) -> Path:
    if nombre not in documentos:
        pytest.skip(f"la demo no trae con qué hacer «{nombre}»")
    hecho = documentos[nombre]
    assert isinstance(hecho, Path), f"no se pudo hacer {nombre}: {hecho}"
    return hecho


@pytest.mark.parametrize("nombre", CON_EL_NOMBRE)
def test_las_letras_fuera_de_winansi_se_leen_tal_cual(documentos, nombre):
    texto = _texto(_documento(documentos, nombre))
    for letra in LETRAS:
        assert letra in texto, (nombre, letra)
    assert "\u25a0" not in texto and "\ufffd" not in texto  # ni cuadros ni caracteres de reemplazo


@pytest.mark.parametrize("nombre", ["padron", "estatuto"])
def test_lo_que_las_fuentes_no_tienen_se_ve_con_su_codigo(documentos, nombre):
    """Un nombre en chino no sale como cuadros vacíos (el glifo .notdef, prohibido en PDF/A): cada letra que falta
    se ve [U+XXXX], como un carácter invisible en `documentos.visible`; el resto del nombre, tal cual."""
    texto = _texto(_documento(documentos, nombre))
    assert SIN_GLIFO_VISTO in texto.replace("\n", "")
    assert "杭" not in texto and "州" not in texto


def _fuentes(recursos, vistos: set) -> list[tuple[str, pikepdf.Dictionary]]:
    """Las fuentes de un diccionario de recursos y de sus formularios XObject, recursivamente."""
    if recursos is None or recursos.objgen in vistos and recursos.objgen != (0, 0):
        return []
    vistos.add(recursos.objgen)
    hallados = [(str(f.get("/BaseFont")), f) for f in recursos.get("/Font", {}).values()]
    for xobjeto in recursos.get("/XObject", {}).values():
        if xobjeto.get("/Subtype") == pikepdf.Name.Form:
            hallados += _fuentes(xobjeto.get("/Resources"), vistos)
    return hallados


def _programa(fuente: pikepdf.Dictionary):
    if fuente.get("/Subtype") == pikepdf.Name.Type0:
        fuente = fuente.DescendantFonts[0]
    if fuente.get("/Subtype") == pikepdf.Name.Type3:
        return "Type3"  # glifos dibujados en el propio PDF
    descriptor = fuente.get("/FontDescriptor")
    if descriptor is None:
        return None
    return next((descriptor[k] for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor), None)


@pytest.mark.parametrize("nombre", TODOS)
def test_toda_fuente_de_cada_pagina_esta_incrustada(documentos, nombre):
    with pikepdf.open(_documento(documentos, nombre)) as pdf:
        vistas = set()
        for numero, pagina in enumerate(pdf.pages, start=1):
            fuentes = _fuentes(pagina.obj.get("/Resources"), set())
            assert fuentes, f"{nombre}: la página {numero} no tiene fuentes"
            for base, fuente in fuentes:
                assert _programa(fuente) is not None, f"{nombre}, página {numero}: {base} no está incrustada"
                vistas.add(base.split("+")[-1])
        assert vistas <= {"LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic",
                          "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                          "LiberationSerif-BoldItalic", "LiberationMono"}, vistas


def _xmp(pdf: pikepdf.Pdf) -> dict:
    meta = pdf.open_metadata()
    return {clave: meta.get(clave) for clave in ("pdfaid:part", "pdfaid:conformance", "dc:title", "dc:creator",
                                                 "dc:description", "pdf:Keywords", "pdf:Producer",
                                                 "xmp:CreatorTool", "xmp:CreateDate", "xmp:ModifyDate",
                                                 "dc:language")}


PROHIBIDAS = ("/JavaScript", "/JS", "/AA", "/Launch")


def _claves_prohibidas(objeto, camino: str, vistos: set) -> list[str]:
    """Recorre todo el grafo de objetos buscando JavaScript, acciones automáticas y Launch."""
    if isinstance(objeto, pikepdf.Object) and objeto.is_indirect:
        if objeto.objgen in vistos:
            return []
        vistos.add(objeto.objgen)
    halladas = []
    if isinstance(objeto, (pikepdf.Dictionary, pikepdf.Stream)):
        for clave in objeto.keys():
            if clave in PROHIBIDAS:
                halladas.append(f"{camino}{clave}")
            if clave == "/S" and str(objeto[clave]) in ("/JavaScript", "/Launch"):
                halladas.append(f"{camino}/S {objeto[clave]}")
            if clave != "/Parent":
                halladas += _claves_prohibidas(objeto[clave], f"{camino}{clave}", vistos)
    elif isinstance(objeto, pikepdf.Array):
        for i, valor in enumerate(objeto):
            halladas += _claves_prohibidas(valor, f"{camino}[{i}]", vistos)
    return halladas


@pytest.mark.parametrize("nombre", TODOS)
def test_es_pdfa_2b(documentos, nombre):
    ruta = _documento(documentos, nombre)
    with pikepdf.open(ruta) as pdf:
        assert pdf.pdf_version == "1.7"
        assert not pdf.is_encrypted and "/Encrypt" not in pdf.trailer
        assert "/ID" in pdf.trailer and len(pdf.trailer.ID) == 2

        # Identificación PDF/A en el XMP, sin comprimir, y coherente con el diccionario Info.
        metadatos = pdf.Root.Metadata
        assert metadatos.Type == pikepdf.Name.Metadata and metadatos.Subtype == pikepdf.Name.XML
        assert "/Filter" not in metadatos
        xmp = _xmp(pdf)
        assert xmp["pdfaid:part"] == "2" and xmp["pdfaid:conformance"] == "B"
        info = pdf.docinfo
        assert xmp["dc:title"] == str(info.Title) and str(info.Title).strip()
        assert xmp["dc:creator"] == [str(info.Author)] and "Red de Ciudades del Sur" in str(info.Author)
        assert xmp["pdf:Producer"] == str(info.Producer) and str(info.Producer).startswith("Escritorio")
        assert xmp["xmp:CreatorTool"] == str(info.Creator) == "Escritorio"
        if "/Subject" in info:
            assert xmp["dc:description"] == str(info.Subject)
        if "/Keywords" in info:
            assert xmp["pdf:Keywords"] == str(info.Keywords)
        assert xmp["xmp:CreateDate"] and xmp["xmp:ModifyDate"]
        assert "/Trapped" not in info
        assert xmp["dc:language"] == {"es"} and str(pdf.Root.Lang) == "es"

        # OutputIntent sRGB.
        [intento] = pdf.Root.OutputIntents
        assert intento.S == pikepdf.Name.GTS_PDFA1 and str(intento.OutputConditionIdentifier)
        perfil = intento.DestOutputProfile
        assert perfil.N == 3
        icc = perfil.read_bytes()
        assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB " and icc[12:16] in (b"mntr", b"prtr")
        assert icc[8] <= 4  # PDF/A-2 admite perfiles ICC hasta la versión 4

        # Nada de JavaScript, acciones automáticas ni Launch en todo el archivo; anotaciones imprimibles.
        assert _claves_prohibidas(pdf.Root, "Root", set()) == []
        assert "/EmbeddedFiles" not in pdf.Root.get("/Names", {})
        for pagina in pdf.pages:
            for anotacion in pagina.obj.get("/Annots", []):
                assert int(anotacion.get("/F", 0)) & 4, anotacion

        assert pdf.check_pdf_syntax() == []
    if shutil.which("qpdf"):
        resultado = subprocess.run(["qpdf", "--check", str(ruta)], capture_output=True, text=True)
        assert resultado.returncode == 0, resultado.stdout + resultado.stderr
        assert "No syntax or stream encoding errors found" in resultado.stdout


@pytest.mark.parametrize("nombre", TODOS)
def test_otra_herramienta_tambien_ve_las_fuentes_incrustadas(documentos, nombre):
    """pdffonts (poppler, la biblioteca de muchos visores) lee el archivo por su cuenta: cada fuente incrustada
    (emb) y con su tabla a Unicode (uni, para copiar y buscar el texto). Si la máquina no tiene poppler, alcanza
    con la prueba de pikepdf de arriba."""
    if not shutil.which("pdffonts"):
        pytest.skip("sin pdffonts (poppler-utils)")
    resultado = subprocess.run(["pdffonts", str(_documento(documentos, nombre))], capture_output=True, text=True,
                               check=True)
    filas = [linea.split() for linea in resultado.stdout.splitlines()[2:] if linea.strip()]
    assert filas, resultado.stdout
    for fila in filas:
        emb, sub, uni = fila[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), (nombre, fila)


# --- La conversión: atómica y con mensajes en castellano -------------------------------------------------------

def test_un_pdf_danado_no_llega_al_destino_y_el_error_se_explica(tmp_path):
    from escritorio.documentos.pdf.base import escritura_atomica
    from escritorio.documentos.pdf.pdfa import archivar

    destino = tmp_path / "acta.pdf"
    destino.write_bytes(b"%PDF-1.4 el acta anterior")
    with pytest.raises(ErrorEscritorio) as error:
        with escritura_atomica(destino) as temporal:
            Path(temporal).write_bytes(b"esto no es un PDF")
            archivar(temporal, titulo="Acta de la sesión 4")
    mensaje = error.value.mensaje
    assert "«Acta de la sesión 4»" in mensaje and "PDF/A" in mensaje and "No se guardó" in mensaje
    assert "Traceback" not in mensaje
    assert destino.read_bytes() == b"%PDF-1.4 el acta anterior"  # el destino quedó como estaba
    assert [p.name for p in tmp_path.iterdir()] == ["acta.pdf"]  # ni el temporal ni el hermano .pdfa


def test_sin_las_fuentes_el_programa_lo_dice_y_no_deja_nada(tmp_path):
    """Un paquete sin recursos/fuentes (instalación rota): el PDF no se hace y el mensaje dice qué falta."""
    carpeta = tmp_path / "paquete_roto"
    (carpeta / "recursos").mkdir(parents=True)
    db = tmp_path / "x.db"
    _bien(_cli(tmp_path, db, "asociacion", "crear", "--nombre", "Red de Prueba", "--sigla", "RP",
               "--paises", "AR:pleno"))
    # carpeta_recursos() mira sys._MEIPASS, como en el programa empaquetado.
    inicio = ("-c", f"import sys; sys._MEIPASS = {str(carpeta)!r}; sys.argv[0] = 'escritorio'; "
                    "from escritorio.__main__ import principal; sys.exit(principal())")
    resultado = _cli(tmp_path, db, "miembros", "padron", tmp_path / "p.pdf", inicio=inicio)
    assert resultado.returncode == 1, (resultado.stdout, resultado.stderr)
    assert "Falta la fuente LiberationSans-Regular.ttf" in resultado.stderr
    assert "Reinstale Escritorio" in resultado.stderr and "Traceback" not in resultado.stderr
    assert not (tmp_path / "p.pdf").exists()
