"""Documentos en el idioma de la asociación (issue 18): una asociación elige portugués y sus actas, convocatorias,
recibos, estados de cuenta, avisos y planillas salen en portugués; `--idioma es|pt` saca cualquiera en el otro.
Por el camino real: la CLI por la entrada del programa (la fixture `cli`), sobre la red de ejemplo, leyendo el texto
del PDF como lo leería la secretaria. Solo cambian las palabras del programa: lo que escribió la secretaría queda
como lo escribió."""

import json
import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ayudas import sin_traza, tinta_de_la_marca_de_agua
from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso

MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro")


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def texto_pdf(ruta) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages)


def letras_sueltas(ruta) -> list[str]:
    """Los renglones del texto del PDF que son una a tres mayúsculas solas («O», «NH», «CU»: lo que dejaba la marca
    de agua dibujada como texto), leídos con pdftotext si está (lo que usa quien copia el texto) y con pypdf."""
    renglones = [r for p in PdfReader(ruta).pages for r in (p.extract_text() or "").splitlines()]
    if shutil.which("pdftotext"):
        renglones += subprocess.run(["pdftotext", str(ruta), "-"], capture_output=True, text=True,
                                    check=True).stdout.splitlines()
    return [r.strip() for r in renglones if r.strip().isalpha() and r.strip().isupper() and len(r.strip()) <= 3]


def sesion_en_borrador(cli, base) -> dict:
    sesiones = json.loads(ok(cli("sesiones", "listar", "--json", db=base)))
    return next(s for s in sesiones if s["estado_acta"] == "borrador")


def miembro_id(cli, base, nombre: str) -> int:
    return next(m["id"] for m in json.loads(ok(cli("miembros", "listar", "--json", db=base))) if m["nombre"] == nombre)


def test_la_asociacion_elige_portugues_y_lo_conserva(cli, copia_de_la_demo):
    salida = ok(cli("asociacion", "editar", "--idioma-documentos", "pt", db=copia_de_la_demo))
    assert "Idioma de los documentos: «Español» → «Português»" in salida
    asociacion = json.loads(ok(cli("asociacion", "listar", "--json", db=copia_de_la_demo)))[0]
    assert asociacion["idioma_documentos"] == "pt"
    # Un idioma que no es de documentos no se guarda: la CLI dice cuáles hay.
    rechazo = cli("asociacion", "editar", "--idioma-documentos", "fr", db=copia_de_la_demo)
    assert rechazo.returncode == 2 and "es" in rechazo.stderr and "pt" in rechazo.stderr
    assert json.loads(ok(cli("asociacion", "listar", "--json", db=copia_de_la_demo)))[0]["idioma_documentos"] == "pt"


def test_el_acta_de_una_asociacion_en_portugues_sale_en_portugues_y_con_es_en_castellano(cli, copia_de_la_demo,
                                                                                          tmp_path):
    ok(cli("asociacion", "editar", "--idioma-documentos", "pt", db=copia_de_la_demo))
    sesion = sesion_en_borrador(cli, copia_de_la_demo)
    ok(cli("sesiones", "acta", sesion["id"], "ata.pdf", db=copia_de_la_demo))
    texto = texto_pdf(tmp_path / "ata.pdf")
    dia = date.fromisoformat(sesion["fecha"])
    # Las palabras del programa, en portugués: título, ficha, secciones, el quórum, la fecha y el pie.
    for esperado in (f"ATA N.º {sesion['numero']}", "Órgão", "Sessão", "Situação Rascunho", "Presença",
                     "Membros presentes ou representados", "verifica-se o quórum", "Ordem do dia",
                     "Desenvolvimento da sessão", "Resoluções adotadas", "Encerramento", "sessão ordinária",
                     f"{dia.day} de {MESES_PT[dia.month - 1]} de {dia.year}", "Gerado com Escritorio em"):
        assert esperado in texto, esperado
    for castellano in ("ACTA N.º", "Órgano", "Asistencia", "Miembros presentes", "se verifica el quórum",
                       "Orden del día", "Desarrollo de la sesión", "Resoluciones adoptadas", "Generado con",
                       "de septiembre de"):
        assert castellano not in texto, castellano
    # Lo que escribió la secretaría queda como lo escribió: el órgano y los títulos de los puntos.
    assert "Consejo" in texto and "Informe de la Secretaría Ejecutiva sobre el primer semestre" in texto
    # La marca de agua RASCUNHO se ve en cada hoja pero no es texto (issue 43): no deja letras sueltas.
    assert "RASCUNHO" not in texto and not letras_sueltas(tmp_path / "ata.pdf")
    assert all(parte > 0.02 for parte in tinta_de_la_marca_de_agua(tmp_path / "ata.pdf"))

    # El mismo acta, pedida en castellano (la asociación sigue en portugués).
    ok(cli("--idioma", "es", "sesiones", "acta", sesion["id"], "acta.pdf", db=copia_de_la_demo))
    castellano = texto_pdf(tmp_path / "acta.pdf")
    assert f"ACTA N.º {sesion['numero']}" in castellano and "Asistencia" in castellano and "Presença" not in castellano
    assert "BORRADOR" not in castellano and not letras_sueltas(tmp_path / "acta.pdf")
    assert all(parte > 0.02 for parte in tinta_de_la_marca_de_agua(tmp_path / "acta.pdf"))
    assert json.loads(ok(cli("asociacion", "listar", "--json", db=copia_de_la_demo)))[0]["idioma_documentos"] == "pt"


def test_el_recibo_en_portugues_lleva_el_importe_en_letras_en_portugues_y_verifica(cli, copia_de_la_demo,
                                                                                   tmp_path):
    ok(cli("asociacion", "editar", "--idioma-documentos", "pt", db=copia_de_la_demo))
    trujillo = miembro_id(cli, copia_de_la_demo, "Trujillo")
    ok(cli("pagos", "registrar", "--miembro", trujillo, "--monto", "1.400,50", "--moneda", "USD",
                   "--fecha", "2026-11-02", "--recibo", "recibo.pdf", db=copia_de_la_demo))
    texto = texto_pdf(tmp_path / "recibo.pdf")
    for esperado in ("RECIBO", "Recebemos de Trujillo", "A quantia de USD 1.400,50",
                     "Mil e quatrocentos dólares americanos e cinquenta centavos", "Forma de pagamento",
                     "Data do pagamento 02/11/2026", "Código de verificação", "Tesouraria"):
        assert esperado in texto, esperado
    for castellano in ("Recibimos de", "La suma de", "Son dólares", "Medio de pago", "Código de verificación",
                       "Tesorería"):
        assert castellano not in texto, castellano
    # El recibo en portugués verifica como cualquiera; una copia en castellano es del mismo documento.
    assert cli("documento", "verificar", "recibo.pdf", db=copia_de_la_demo).returncode == 0
    pago = json.loads(ok(cli("pagos", "listar", "--json", db=copia_de_la_demo)))[-1]
    ok(cli("--idioma", "es", "pagos", "recibo", pago["id"], "copia.pdf", db=copia_de_la_demo))
    copia = texto_pdf(tmp_path / "copia.pdf")
    assert "Recibimos de Trujillo" in copia and "Son dólares estadounidenses mil cuatrocientos con 50/100" in copia
    verificada = cli("documento", "verificar", "copia.pdf", db=copia_de_la_demo)
    assert verificada.returncode == 0, verificada.stdout
    assert "copia 1" in verificada.stdout.lower() or "copia" in verificada.stdout.lower()


def _bitacora(ruta) -> tuple[str, str, list[str], list[tuple]]:
    """(título del libro, nombre de la hoja, encabezados, filas) de una bitácora exportada (miles de filas: se lee en
    el modo de solo lectura de openpyxl, que no arma cada celda con su estilo)."""
    libro = load_workbook(ruta, read_only=True)
    try:
        hoja = libro.worksheets[0]
        filas = list(hoja.iter_rows(values_only=True))
        return libro.properties.title, hoja.title, list(filas[0]), filas[1:]
    finally:
        libro.close()


def _frases_de_la_ventana(base, idioma: str) -> dict[int, str]:
    """Nº -> la frase que la ventana muestra para ese cambio (el visor llama a `bitacora.listar`), en `idioma`."""
    from escritorio.datos.apertura import abrir
    from escritorio.idiomas.traduccion import en_idioma
    from escritorio.servicios import bitacora

    db = abrir(base)
    try:
        with en_idioma(idioma):
            return {r.id: r.descripcion for r in bitacora.listar(db, limite=1_000_000)}
    finally:
        db.close()


@pytest.fixture(scope="module")
def bitacora_en_portugues(demo_creada_por_la_cli, tmp_path_factory):
    """(base, planilla): la red de ejemplo con un acta emitida (un documento con su código) y su bitácora exportada
    con `--idioma pt`, por la entrada del programa, una vez en el módulo (miles de filas: unos segundos). Cada
    prueba lee la planilla; la que sigue escribiendo trabaja sobre su copia de la base."""
    carpeta = tmp_path_factory.mktemp("bitacora_pt")
    entorno = entorno_aislado(carpeta)
    base = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, base)

    def cli(*argumentos):
        return orden_en_el_proceso(["--db", str(base), *map(str, argumentos)], carpeta, entorno)

    sesiones = json.loads(ok(cli("sesiones", "listar", "--json")))
    aprobada = next(s for s in sesiones if s["estado_acta"] == "aprobada")
    ok(cli("sesiones", "acta", aprobada["id"], "acta.pdf"))   # un documento emitido, con su código
    ok(cli("--idioma", "pt", "bitacora", "exportar", "b.xlsx"))
    return base, carpeta / "b.xlsx"


def test_la_bitacora_exportada_en_portugues_dice_en_portugues_lo_que_dice_la_ventana(cli, bitacora_en_portugues,
                                                                                     tmp_path):
    """Issue 43: `--idioma pt bitacora exportar` salía en castellano y su «qué pasó» de un documento emitido era el
    JSON crudo de su resumen. Ahora cada frase es la que muestra la ventana en portugués; la acción y la tabla, en
    portugués; el detalle, crudo como se guardó."""
    copia_de_la_demo = tmp_path / "demo.db"
    shutil.copy(bitacora_en_portugues[0], copia_de_la_demo)
    _, _, encabezados, filas = _bitacora(bitacora_en_portugues[1])
    que_paso = encabezados.index(next(e for e in encabezados if e in ("Qué pasó", "O que aconteceu")))
    ventana = _frases_de_la_ventana(copia_de_la_demo, "pt")
    assert len(filas) == len(ventana) > 1000
    assert all(fila[que_paso] == ventana[fila[0]] for fila in filas)
    frases = [fila[que_paso] for fila in filas]
    assert any(f.startswith("Adesão de ") and f.endswith(" como membro") for f in frases)
    assert not any(f.startswith("Alta de ") for f in frases)
    assert not [f for f in frases if "{" in f or '"titulo"' in f]   # ningún JSON crudo
    documento = next(f for f in frases if f.startswith("Documento emitido: "))
    assert documento.startswith("Documento emitido: Acta N.º ") and "(código " in documento
    tablas = {fila[que_paso + 1] for fila in filas}
    assert {"Membros", "Pagamentos", "Atas"} <= tablas and "miembros" not in tablas and "Pagos" not in tablas

    # Sin --idioma, en el idioma de la asociación (la base tiene una sola); con --idioma es, en castellano.
    ok(cli("asociacion", "editar", "--idioma-documentos", "pt", db=copia_de_la_demo))
    ok(cli("bitacora", "exportar", "b2.xlsx", db=copia_de_la_demo))
    assert any(f[que_paso].startswith("Adesão de ") for f in _bitacora(tmp_path / "b2.xlsx")[3])
    ok(cli("--idioma", "es", "bitacora", "exportar", "b3.xlsx", db=copia_de_la_demo))
    titulo, hoja, encabezados, filas = _bitacora(tmp_path / "b3.xlsx")
    assert (titulo, hoja, encabezados[4]) == ("Bitácora de cambios", "Bitácora", "Qué pasó")
    assert any(f[4].startswith("Alta de ") and f[4].endswith(" como miembro") for f in filas)
    assert not any(f[4].startswith("Adesão de ") for f in filas)


def test_la_bitacora_exportada_en_portugues_tiene_titulo_hoja_y_encabezados_en_portugues(bitacora_en_portugues):
    """El título, la hoja y los encabezados, en portugués: lo que diga el catálogo (pt_BR), no el castellano."""
    from escritorio.dominio.traduccion import traducir
    from escritorio.idiomas.traduccion import en_idioma

    titulo, hoja, encabezados, filas = _bitacora(bitacora_en_portugues[1])
    castellano = ["Nº", "Momento (hora local)", "Usuario", "Operador", "Qué pasó", "Tabla", "Registro", "Acción",
                  "Detalle"]
    with en_idioma("pt"):
        esperados = [traducir(t) for t in castellano]
        assert (titulo, hoja) == (traducir("Bitácora de cambios"), traducir("Bitácora"))
        acciones = {traducir(a) for a in ("Alta", "Cambio", "Borrado")}
    assert encabezados == esperados
    assert titulo != "Bitácora de cambios" and hoja != "Bitácora"
    for encabezado, en_castellano in zip(encabezados, castellano):
        if en_castellano in ("Momento (hora local)", "Usuario", "Qué pasó", "Tabla", "Acción", "Detalle"):
            assert encabezado != en_castellano   # «Nº», «Operador», «Registro» pueden quedar iguales en portugués
    assert {f[7] for f in filas} <= acciones and "Cambio" not in acciones


def test_la_memoria_anual_sale_en_portugues(cli, copia_de_la_demo, tmp_path):
    """La memoria anual (issue 47, §2) en portugués: títulos, secciones, cifras, tablas y gráficos; los nombres de los
    órganos y de las unidades, como se escribieron."""
    anio = date.today().year - 1
    ok(cli("--idioma", "pt", "memoria", anio, "relatorio.pdf", db=copia_de_la_demo))
    texto = texto_pdf(tmp_path / "relatorio.pdf")
    for esperado in (f"Relatório anual {anio}", f"De 1 de janeiro de {anio} a 31 de dezembro de {anio}", "Índice",
                     "1. Membros", "2. Sessões dos órgãos", "3. Resoluções e declarações", "4. Eleições e autoridades",
                     "5. Unidades temáticas", "6. Contribuições e arrecadação", f"Membros em 31/12/{anio}",
                     "Membros por faixa da escala de contribuições", "O que o gráfico mostra:", "Arrecadação por mês",
                     f"Sem membros admitidos em {anio}.", "Código de verificação", "Gerado com Escritorio em"):
        assert esperado in texto, esperado
    for castellano in ("Memoria anual", "Sesiones de los órganos", "Cuotas y cobranza", "Lo que muestra el gráfico",
                       "Sin miembros admitidos", "Generado con"):
        assert castellano not in texto, castellano
    assert "Asamblea General de Socios" in texto and "UT Cultura" in texto   # lo que escribió la secretaría
