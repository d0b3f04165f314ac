"""Padrón en PDF: se lee de vuelta con pypdf y se comprueba lo que notaría quien lo imprime."""

from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from escritorio.documentos.pdf.base import Encabezado, tamano_papel
from escritorio.documentos.pdf.tabla import Grupo, maquetar
from escritorio.documentos.pdf.padron import (COLUMNAS, TITULO, FilaPadron, GrupoPais,
                                              escribir_padron_pdf, filas_tabla)

HOY = date(2025, 3, 7)
PIE = "Generado con Escritorio el 07/03/2025"


def miembro(nombre="Municipalidad de Rosario", poblacion=1000, **otros) -> FilaPadron:
    datos = dict(region="Santa Fe", tipo="Municipio", fecha_ingreso=date(2001, 5, 9), estado="Activo")
    datos.update(otros)
    return FilaPadron(nombre=nombre, poblacion=poblacion, **datos)


def muchos(pais: str, cantidad: int, poblacion: int = 1000) -> GrupoPais:
    return GrupoPais(pais, [miembro(f"{pais} {i + 1}", poblacion) for i in range(cantidad)])


def escribir(ruta, grupos, papel="A4", **otros) -> int:
    datos = dict(asociacion="Asociación de Municipios del Sur", sigla="AMS", papel=papel, fecha=HOY)
    datos.update(otros)
    return escribir_padron_pdf(ruta, grupos=grupos, **datos)


def lineas(pagina) -> list[str]:
    return [linea.strip() for linea in pagina.extract_text().splitlines() if linea.strip()]


def texto(ruta) -> str:
    return "\n".join(pagina.extract_text() for pagina in PdfReader(ruta).pages)


def sin_espacios(cadena: str) -> str:
    return "".join(cadena.split())


def ultima_fila(pagina) -> str:
    """Lo último que se dibujó en la tabla: la línea justo antes del pie."""
    todas = lineas(pagina)
    return todas[todas.index(PIE) - 1]


@pytest.fixture
def pdf(tmp_path):
    return tmp_path / "padron.pdf"


def test_texto_del_usuario_se_imprime_tal_cual(pdf):
    escribir(pdf, [GrupoPais("Argentina", [miembro("Villa <b>&amp; Sol</b> & Co")])])

    assert "Villa <b>&amp; Sol</b> & Co" in texto(pdf)


def test_columnas_fecha_fundador_y_dato_faltante(pdf):
    fila = miembro("Córdoba", 1428214, region=None, fecha_ingreso=None, fundador=True)
    escribir(pdf, [GrupoPais("Argentina", [fila, miembro("Rosario")])])

    todas = lineas(PdfReader(pdf).pages[0])
    assert "Padrón de miembros" in todas and "07/03/2025" in todas
    assert "Asociación de Municipios del Sur (AMS)" in todas
    assert ["Nº", "Nombre", "Región", "Tipo", "Población", "Ingreso", "Estado"] == todas[3:10]
    assert todas[todas.index("Córdoba · fundador") + 1:][:5] == ["—", "Municipio", "1.428.214", "—", "Activo"]
    assert "09/05/2001" in todas and "Rosario" in todas


@pytest.mark.parametrize("poblacion, escrito", [
    (7, "7"), (999, "999"), (1000, "1.000"), (45_500, "45.500"), (1_234_567, "1.234.567"),
])
def test_poblacion_con_punto_de_miles(pdf, poblacion, escrito):
    escribir(pdf, [GrupoPais("Chile", [miembro("Talca", poblacion)])])

    assert escrito in lineas(PdfReader(pdf).pages[0])


def test_pagina_x_de_y_en_todas_las_paginas(pdf):
    paginas = escribir(pdf, [muchos("Argentina", 70), muchos("Brasil", 60)])

    leidas = PdfReader(pdf).pages
    assert paginas == len(leidas) >= 3
    for numero, pagina in enumerate(leidas, start=1):
        todas = lineas(pagina)
        assert f"Página {numero} de {paginas}" in todas
        assert PIE in todas
        assert "Padrón de miembros" in todas  # el encabezado se repite
        assert "Población" in todas  # y los títulos de la tabla también


def test_subtotales_por_pais_y_total(pdf):
    grupos = [
        GrupoPais("Argentina", [miembro("A", 1_000_000), miembro("B", 234_567), miembro("C", 1)]),
        GrupoPais("Uruguay", [miembro("Montevideo", 1_319_108)]),
        GrupoPais("Paraguay", []),  # un país sin miembros no aparece
    ]
    escribir(pdf, grupos)

    todas = lineas(PdfReader(pdf).pages[0])
    assert "Subtotal Argentina: 3 miembros · 1.234.568 habitantes" in todas
    assert "Subtotal Uruguay: 1 miembro · 1.319.108 habitantes" in todas
    assert "Total: 4 miembros · 2.553.676 habitantes" in todas
    assert not any("Paraguay" in linea for linea in todas)
    numeros = [todas[todas.index(n) - 1] for n in ("A", "B", "C", "Montevideo")]
    assert numeros == ["1", "2", "3", "4"]  # numeración corrida entre países


def test_un_pais_que_sigue_en_otra_pagina_lo_indica(pdf):
    escribir(pdf, [muchos("Brasil", 80)])

    segunda = lineas(PdfReader(pdf).pages[1])
    assert segunda[segunda.index("Estado") + 1] == "Brasil (continuación)"


@pytest.mark.parametrize("papel, milimetros", [
    ("A4", (210, 297)), ("Carta", (215.9, 279.4)), ("Oficio", (216, 340)),
])
def test_tamano_de_papel(pdf, papel, milimetros):
    escribir(pdf, [muchos("Perú", 3)], papel=papel)

    caja = PdfReader(pdf).pages[0].mediabox
    assert (float(caja.width), float(caja.height)) == pytest.approx(
        tuple(m / 25.4 * 72 for m in milimetros), abs=0.5)


def test_papel_desconocido():
    with pytest.raises(ValueError, match="papel"):
        tamano_papel("A3")


def test_metadatos(pdf):
    escribir(pdf, [muchos("Chile", 2)])

    metadatos = PdfReader(pdf).metadata
    assert metadatos.title == "Padrón de miembros"
    assert metadatos.author == "Asociación de Municipios del Sur"
    assert metadatos.creator == "Escritorio"


def test_nombre_largo_se_parte_y_se_imprime_entero(pdf):
    largo = ("Mancomunidad de Municipios del Valle Medio del Río Negro, la Línea Sur y la Comarca "
             "Andina del Paralelo 42, con sede administrativa en San Carlos de Bariloche")
    palabra = "Pindamonhangaba" * 8  # una sola palabra más ancha que la columna
    escribir(pdf, [GrupoPais("Argentina", [miembro(largo), miembro(palabra), miembro("Tandil")])])

    todas = lineas(PdfReader(pdf).pages[0])
    assert largo not in todas  # ocupa varias líneas...
    assert " ".join(largo.split()) in " ".join(todas)  # ...y no falta nada
    assert palabra not in todas
    assert palabra in sin_espacios("".join(todas))


def test_ningun_texto_se_sale_de_su_columna(pdf):
    largo = "Prefeitura Municipal de São José do Rio Preto e Região Metropolitana " * 3
    palabra = "Xique-Xique" * 12
    region = "Región Autónoma de la Costa Caribe Norte"
    escribir(pdf, [GrupoPais("Brasil", [miembro(largo), miembro(palabra, region=region)])])

    maq = maquetar(filas_tabla([]), COLUMNAS, "A4",
                   Encabezado("Asociación de Municipios del Sur", "AMS", TITULO, HOY))
    bordes, hoja = maq.columnas.bordes, maq.hoja
    revisados = 0
    for x, y, ancho, cadena in trazos(PdfReader(pdf).pages[0]):
        if cadena.startswith(("Subtotal", "Total", "Brasil")) or not (
                hoja.abajo_contenido < y < hoja.arriba_contenido):
            continue  # filas de ancho completo, encabezado y pie
        columna = max(i for i, borde in enumerate(bordes) if borde <= x + 0.01)
        assert x + ancho <= bordes[columna + 1] + 0.01, cadena
        revisados += 1
    assert revisados > 20


def trazos(pagina) -> list[tuple[float, float, float, str]]:
    """(x, y, ancho, texto) de cada texto dibujado, medido con la fuente en la que se dibujó."""
    vistos = []

    def visitar(cadena, cm, tm, fuente, tamano):
        if cadena.strip() and fuente:
            nombre = fuente["/BaseFont"].lstrip("/").split("+")[-1]  # sin el prefijo del subconjunto (ABCDEF+)
            cadena = cadena.strip()  # pypdf añade a veces un espacio que no se dibujó
            vistos.append((tm[4] + cm[4], tm[5] + cm[5], stringWidth(cadena, nombre, tamano), cadena))

    pagina.extract_text(visitor_text=visitar)
    return vistos


def test_padron_vacio(pdf):
    assert escribir(pdf, []) == 1
    assert escribir(pdf, [GrupoPais("Chile", [])]) == 1

    leidas = PdfReader(pdf).pages
    assert len(leidas) == 1
    todas = lineas(leidas[0])
    assert "No hay miembros para listar." in todas
    assert "Página 1 de 1" in todas


def test_cancelar_no_deja_archivo(tmp_path, pdf):
    llamadas = []

    def progreso(hecho, total):
        llamadas.append((hecho, total))
        if hecho == 2:
            raise KeyboardInterrupt  # o cualquier excepción: Cancelado, por ejemplo

    with pytest.raises(KeyboardInterrupt):
        escribir(pdf, [muchos("Argentina", 200)], progreso=progreso)

    assert list(tmp_path.iterdir()) == []  # ni el PDF ni el temporal
    total = llamadas[0][1]
    assert total > 2 and llamadas == [(0, total), (1, total), (2, total)]


def test_cancelar_conserva_el_archivo_anterior(pdf):
    pdf.write_bytes(b"padron de ayer")

    def cancelar(hecho, total):
        raise RuntimeError("cancelado")

    with pytest.raises(RuntimeError):
        escribir(pdf, [muchos("Argentina", 5)], progreso=cancelar)
    assert pdf.read_bytes() == b"padron de ayer"


def test_progreso_llega_al_total(pdf):
    llamadas = []
    paginas = escribir(pdf, [muchos("Argentina", 100)], progreso=lambda h, t: llamadas.append((h, t)))

    assert llamadas[-1] == (paginas, paginas)


def test_titulo_de_pais_nunca_queda_solo_al_pie(tmp_path):
    """Se prueba con Argentina de k miembros para que Brasil empiece cada vez más abajo: en algún
    k el título de Brasil cabría solo al pie de la página 1, pero no junto con su primera fila."""
    empujado = False
    for k in range(20, 60):
        grupos = [muchos("Argentina", k), muchos("Brasil", 5)]
        maq = maquetar(filas_tabla(grupos), COLUMNAS, "A4",
                       Encabezado("Asociación de Municipios del Sur", "AMS", TITULO, HOY))
        for pagina in maq.paginas:
            assert pagina[-1].tipo is not Grupo
        primera, segunda = maq.paginas[0], maq.paginas[1] if len(maq.paginas) > 1 else []
        if segunda and segunda[0].tipo is Grupo and segunda[0].texto == "Brasil":
            libre = maq.capacidad - sum(m.alto for m in primera)
            if libre >= segunda[0].alto:
                empujado = True
                ruta = tmp_path / f"padron_{k}.pdf"
                escribir(ruta, grupos)
                leidas = PdfReader(ruta).pages
                assert ultima_fila(leidas[0]).startswith("Subtotal Argentina")
                todas = lineas(leidas[1])
                assert todas[todas.index("Estado") + 1:][:3] == ["Brasil", str(k + 1), "Brasil 1"]
    assert empujado, "ningún k construyó el caso del título que cabría solo"


# --- La maquetación sin guardar las líneas de cada fila (issue 48: el padrón de 100.000 miembros en 350 MB) -------

def _sin_atajo(monkeypatch):
    """Cada fila con sus líneas guardadas, como antes del issue 48: la referencia con que se compara."""
    from escritorio.documentos.pdf import tabla

    medir = tabla.Medidor.medir

    def medir_entera(self, fila):
        return [tabla.Medida(m.tipo, m.lineas_de_cada_celda(), m.alto, m.texto) if m.lineas is None else m
                for m in medir(self, fila)]

    monkeypatch.setattr(tabla.Medidor, "medir", medir_entera)


def test_las_filas_de_una_linea_no_guardan_sus_lineas_y_el_pdf_dice_lo_mismo(tmp_path, monkeypatch):
    largo = "Municipalidad de la Ciudad de San Fernando del Valle de Catamarca y sus alrededores " * 2
    grupos = [muchos("Argentina", 150), GrupoPais("Brasil", [
        miembro(largo), miembro("Campana \u0007 invisible"), miembro("Gua\u0303rambaré", region=None),
        *[miembro(f"Prefeitura {i}") for i in range(120)]])]
    hoja = maquetar(filas_tabla(grupos), COLUMNAS, "A4", Encabezado("Asociación", "AMS", TITULO, HOY))
    medidas = [m for pagina in hoja.paginas for m in pagina if m.tipo.__name__ == "Fila"]
    sin_lineas = [m for m in medidas if m.lineas is None]
    assert len(sin_lineas) >= len(medidas) - 3   # solo guardan sus líneas la que se parte y la que se recorta
    assert all(m.lineas is not None for m in medidas if largo[:20] in "".join(m.lineas_de_cada_celda()[0]))

    escribir(tmp_path / "ahora.pdf", grupos)
    _sin_atajo(monkeypatch)
    escribir(tmp_path / "antes.pdf", grupos)

    ahora, antes = PdfReader(tmp_path / "ahora.pdf").pages, PdfReader(tmp_path / "antes.pdf").pages
    assert len(ahora) == len(antes) > 1
    assert [p.extract_text() for p in ahora] == [p.extract_text() for p in antes]
    assert "Campana [U+0007] invisible" in texto(tmp_path / "ahora.pdf")
