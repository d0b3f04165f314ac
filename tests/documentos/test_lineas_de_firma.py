"""La firma digital se ve sobre la línea de firma: el acta aprobada y la resolución dejan cada línea (presidencia y
secretaría, con la persona que firma) como campo de firma vacío del PDF, justo encima de la línea; al firmar, la
apariencia («Firmado digitalmente por», el nombre y la fecha, con fuentes incrustadas) se dibuja ahí, en la línea de
quien firma, sin salirse del campo; las firmas siguen válidas para pyHanko y para pdfsig.

Lo que se ve se comprueba dibujando la página con pdfium (pypdfium2, el mismo motor que la vista previa del
programa): la línea negra está justo debajo del campo, y firmar solo cambia píxeles dentro del campo."""

import io
import shutil
import subprocess

import pikepdf
import pypdfium2
import pytest
from PIL import ImageChops
from pypdf import PdfReader

from certificados import crear_certificado
from escritorio.documentos.firma_digital import cargar_certificado, firmar_pdf
from escritorio.documentos.verificacion_de_firmas import verificar_pdf
from escritorio.servicios.actas import obtener_acta
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.documentos import imprimir_resolucion
from escritorio.servicios.firmantes import firmantes_del_acta
from escritorio.servicios.informes_sesiones import imprimir_acta
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.votaciones import listar_resoluciones

CLAVE = "clave"
ESCALA = 1.0  # 72 dpi: un píxel por punto, para comparar con las coordenadas del PDF


@pytest.fixture(scope="module")
def documentos(demo_creada_por_la_cli, tmp_path_factory) -> dict:
    """El acta aprobada de una sesión y una resolución de esa sesión, en PDF, con quienes firman según el servicio
    (`servicios.firmantes`)."""
    carpeta = tmp_path_factory.mktemp("lineas_de_firma")
    base = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, base)
    db = abrir_base(base, crear=False)
    try:
        contexto = Contexto(db, 1)
        sesion = next(s["id"] for s in listar_sesiones(contexto) if s["estado_acta"] == "aprobada")
        imprimir_acta(contexto, sesion, carpeta / "acta.pdf")
        contenido = obtener_acta(contexto, sesion).contenido
        firmantes = [(f.cargo, f.nombre) for f in firmantes_del_acta(contexto, sesion, contenido.preside,
                                                                     contenido.secretaria)]
        resolucion = next(r["id"] for r in listar_resoluciones(contexto) if r.get("sesion_id") == sesion)
        imprimir_resolucion(contexto, resolucion, carpeta / "resolucion.pdf")
    finally:
        db.close()
    return {"acta": (carpeta / "acta.pdf").read_bytes(), "resolucion": (carpeta / "resolucion.pdf").read_bytes(),
            "firmantes": firmantes, "carpeta": carpeta}


def campos_de_firma(pdf: bytes) -> list[dict]:
    with pikepdf.open(io.BytesIO(pdf)) as documento:
        campos = []
        for numero, pagina in enumerate(documento.pages):
            for anotacion in pagina.obj.get("/Annots", []):
                if anotacion.get("/FT") == "/Sig":
                    campos.append({"pagina": numero, "nombre": str(anotacion.T), "tu": str(anotacion.get("/TU", "")),
                                   "rect": [float(v) for v in anotacion.Rect], "banderas": int(anotacion.get("/F", 0)),
                                   "firmado": "/V" in anotacion, "apariencia": "/N" in anotacion.get("/AP", {})})
        return campos


def dibujo(pdf: bytes, pagina: int):
    documento = pypdfium2.PdfDocument(pdf)
    documento.init_forms()
    imagen = documento[pagina].render(scale=ESCALA, may_draw_forms=True).to_pil().convert("L")
    documento.close()
    return imagen


@pytest.mark.parametrize("tipo", ["acta", "resolucion"])
def test_cada_linea_de_firma_es_un_campo_de_firma_vacio_justo_encima_de_la_linea(documentos, tipo):
    pdf = documentos[tipo]
    campos = campos_de_firma(pdf)
    # Una línea por firmante: la presidencia y la secretaría del acta (la resolución usa las mismas).
    assert [c["tu"] for c in campos] == [f"{cargo}: {nombre}" for cargo, nombre in documentos["firmantes"]]
    assert all(not c["firmado"] and c["apariencia"] and c["banderas"] & 4 for c in campos)  # imprimibles (PDF/A)
    texto = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    for cargo, nombre in documentos["firmantes"]:  # bajo la línea: la aclaración y el cargo
        assert nombre in texto and cargo in texto
    imagen = dibujo(pdf, campos[0]["pagina"])
    for campo in campos:
        x0, y0, x1, y1 = campo["rect"]
        assert x1 - x0 > 150 and 30 < y1 - y0 < 40
        # Dentro del campo, nada dibujado todavía: el espacio para firmar está en blanco.
        recuadro = imagen.crop((int(x0) + 1, int(imagen.height - y1) + 1, int(x1) - 1, int(imagen.height - y0) - 1))
        assert recuadro.getextrema()[0] > 200
        # Justo debajo del campo, la línea de firma: oscura en casi todo el ancho del campo.
        abajo = imagen.height - y0
        filas = [[imagen.getpixel((x, int(abajo) + d)) for x in range(int(x0) + 2, int(x1) - 2)] for d in range(0, 4)]
        assert max(sum(p < 128 for p in fila) / len(fila) for fila in filas) > 0.9


@pytest.mark.parametrize("tipo", ["acta", "resolucion"])
def test_la_firma_se_ve_sobre_la_linea_de_quien_firma_y_no_se_sale(documentos, tipo, tmp_path):
    (cargo_1, nombre_1), (cargo_2, nombre_2) = documentos["firmantes"]
    pdf = documentos[tipo]
    antes = dibujo(pdf, campos_de_firma(pdf)[0]["pagina"])
    # Firma primero la secretaría (su nombre, en mayúsculas y sin tildes, como en muchos certificados).
    secretaria, _ = crear_certificado(tmp_path, nombre_2.upper(), CLAVE, archivo="secretaria")
    hecho = firmar_pdf(pdf, cargar_certificado(secretaria, CLAVE), motivo="Prueba")
    assert hecho.linea == f"{cargo_2}: {nombre_2}"
    campos = campos_de_firma(hecho.pdf)
    firmado = next(c for c in campos if c["firmado"])
    assert firmado["tu"] == f"{cargo_2}: {nombre_2}" and firmado["banderas"] & 4
    despues = dibujo(hecho.pdf, firmado["pagina"])
    cambio = ImageChops.difference(antes, despues).point(lambda p: 255 if p > 24 else 0).getbbox()
    assert cambio is not None, "la firma no se ve"
    x0, y0, x1, y1 = firmado["rect"]
    alto = despues.height
    # Todo lo que cambió está dentro del campo (con un píxel de margen por el suavizado).
    assert cambio[0] >= x0 - 1 and cambio[2] <= x1 + 1 and cambio[1] >= alto - y1 - 1 and cambio[3] <= alto - y0 + 1
    assert (cambio[2] - cambio[0]) > (x1 - x0) * 0.5  # y ocupa buena parte del ancho: se lee
    # Las fuentes de la apariencia están incrustadas, con su propia etiqueta de subconjunto.
    with pikepdf.open(io.BytesIO(hecho.pdf)) as documento:
        fuentes = [o for o in documento.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"]
        assert fuentes and all("/FontFile2" in f.FontDescriptor for f in fuentes)
        por_etiqueta: dict = {}
        for fuente in fuentes:
            por_etiqueta.setdefault(str(fuente.BaseFont), set()).add(fuente.FontDescriptor.FontFile2.read_raw_bytes())
        assert all(len(programas) == 1 for programas in por_etiqueta.values()), por_etiqueta.keys()

    # La presidencia firma encima: su firma va a la otra línea.
    presidencia, _ = crear_certificado(tmp_path, nombre_1, CLAVE, archivo="presidencia")
    segunda = firmar_pdf(hecho.pdf, cargar_certificado(presidencia, CLAVE))
    assert segunda.linea == f"{cargo_1}: {nombre_1}"
    assert [c["firmado"] for c in campos_de_firma(segunda.pdf)] == [True, True]
    # Una tercera persona, sin línea libre con su nombre: su firma vale pero no se dibuja sobre el nombre de otro.
    otra, _ = crear_certificado(tmp_path, "Persona Ajena", CLAVE, archivo="ajena")
    tercera = firmar_pdf(segunda.pdf, cargar_certificado(otra, CLAVE))
    assert tercera.linea is None
    # Su campo no ocupa lugar en la página (queda fuera de ella: PDF/UA no pide en el árbol lo que no se ve, y PDF/A
    # prohíbe la marca «oculta») y dice de quién es la firma, para quien oye el documento.
    [invisible] = [c for c in campos_de_firma(tercera.pdf) if c["nombre"] == "Firma 3"]
    x0, y0, x1, y1 = invisible["rect"]
    assert x0 == x1 and y0 == y1 and x1 < 0 and y1 < 0
    assert invisible["tu"] == "Firma digital de Persona Ajena" and invisible["banderas"] & 4
    informe = verificar_pdf(tercera.pdf, "firmado.pdf")
    assert informe.integras and [f.firmante for f in informe.firmas] == [nombre_2.upper(), nombre_1, "Persona Ajena"]
    ruta = documentos["carpeta"] / f"{tipo}-firmada.pdf"
    ruta.write_bytes(tercera.pdf)
    if shutil.which("pdfsig"):  # poppler, la biblioteca de muchos visores, también las da por buenas
        salida = subprocess.run(["pdfsig", str(ruta)], capture_output=True, text=True).stdout
        assert salida.count("Signature is Valid.") == 3, salida


def test_el_titulo_escrito_con_el_nombre_no_se_repite_en_el_bloque_de_firma(demo_creada_por_la_cli, tmp_path):
    """Issue 78: «Preside: Carolina Cosse, Presidenta» en el borrador daba «Carolina Cosse, Presidenta» sobre
    «Presidenta». El bloque dice el nombre y, debajo, el cargo una vez (en el género que dice el título)."""
    from escritorio.servicios.actas import guardar_borrador

    base = tmp_path / "demo.db"
    shutil.copy(demo_creada_por_la_cli, base)
    db = abrir_base(base, crear=False)
    try:
        contexto = Contexto(db, 1)
        sesion = next(s["id"] for s in listar_sesiones(contexto) if s["estado_acta"] == "borrador")
        guardar_borrador(contexto, sesion, preside="Carolina Cosse, Presidenta", secretaria="Secretario Juan Pérez")
        assert [(f.nombre, f.cargo) for f in firmantes_del_acta(contexto, sesion, "Carolina Cosse, Presidenta",
                                                                "Secretario Juan Pérez")] == [
            ("Carolina Cosse", "Presidenta"), ("Juan Pérez", "Secretario")]
        imprimir_acta(contexto, sesion, tmp_path / "acta.pdf")
    finally:
        db.close()
    ultima = PdfReader(tmp_path / "acta.pdf").pages[-1].extract_text()
    assert "Carolina Cosse" in ultima and "Juan Pérez" in ultima
    assert "Cosse, Presidenta" not in ultima and "Secretario Juan" not in ultima
