"""El detalle de la bitácora en palabras, no en códigos (issue 83 §3): en la planilla que exporta «bitacora exportar»
(la orden, en este proceso, sobre una copia de la red de ejemplo), leída celda por celda en castellano, portugués e
inglés.

- Un código de una lista fija se lee con el rótulo que le da el resto del programa, traducido («Medio de pago:
  Transferencia», «Forma de pagamento: Transferência», no «medio: transferencia»).
- Una columna 0/1 se lee «sí»/«no» («Fundador: não», «Founder: yes»), no «1».
- Las columnas que antes se nombraban por sí mismas, en castellano en cualquier idioma («Modo ingreso», «Mas uno»),
  tienen su rótulo traducido («Forma de adesão», «Admission method»; «Mais um», «Plus one»).
- Guardas sobre el esquema: cada columna de cada tabla que anota la bitácora tiene rótulo (una columna nueva trae el
  suyo), las columnas sí/no son las 0/1 del esquema, y la tabla de rótulos de cada columna de códigos es la de esos
  códigos.
"""

import re

import pytest
from openpyxl import load_workbook

from escritorio.idiomas.traduccion import fijar_idioma_del_proceso
from escritorio.servicios.detalle_de_la_bitacora import SIN_DETALLE
from escritorio.servicios.rotulos_de_la_bitacora import BOOLEANAS, CODIGOS, CODIGOS_DE_LA_TABLA, ROTULOS


def codigos_de(tabla: str, columna: str):
    """La tabla de rótulos de los códigos de la columna, como la busca el detalle; None si no es de códigos."""
    return CODIGOS_DE_LA_TABLA.get((tabla, columna)) or CODIGOS.get(columna)


def _tablas_con_bitacora(db) -> list[str]:
    """Las tablas que anota la bitácora: las que tienen su trigger de alta."""
    filas = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'bitacora\\_%\\_alta' "
                       "ESCAPE '\\'").fetchall()
    return sorted(f[0].removeprefix("bitacora_").removesuffix("_alta") for f in filas)


def _listas_del_esquema(db) -> dict[tuple[str, str], list[str]]:
    """(tabla, columna) -> los valores de su CHECK (columna IN (…)), en las tablas que anota la bitácora."""
    listas = {}
    for tabla in _tablas_con_bitacora(db):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [tabla]).fetchone()[0]
        for columna, valores in re.findall(r"(\w+)\s+IN\s*\(([^()]*)\)", sql):
            listas[(tabla, columna)] = [v.strip().strip("'") for v in valores.split(",")]
    return listas


def test_cada_columna_que_anota_la_bitacora_tiene_su_rotulo(db):
    tablas = _tablas_con_bitacora(db)
    assert len(tablas) > 80
    sin_rotulo = sorted({f"{tabla}.{fila[1]}" for tabla in tablas
                         for fila in db.execute(f"PRAGMA table_info({tabla})").fetchall()
                         if fila[2].upper() != "BLOB" and fila[1] not in ROTULOS and fila[1] not in SIN_DETALLE})
    assert sin_rotulo == [], "columnas sin rótulo en rotulos_de_la_bitacora.ROTULOS: " + ", ".join(sin_rotulo)


def test_las_columnas_si_no_son_las_0_1_del_esquema(db):
    listas = _listas_del_esquema(db)
    booleanas = {columna for (_, columna), valores in listas.items() if set(valores) == {"0", "1"}}
    assert BOOLEANAS == booleanas
    # Un nombre de columna sí/no no nombra otra cosa en otra tabla (se reconoce por el nombre).
    assert [(t, c) for (t, c), valores in listas.items() if c in BOOLEANAS and set(valores) != {"0", "1"}] == []


def test_la_tabla_de_rotulos_de_cada_columna_de_codigos_es_la_de_sus_codigos(db):
    """Cada columna de códigos con tabla de rótulos: la tabla nombra sus códigos (los que no nombra, pocos, se leen
    legibles); ninguna tabla de rótulos para una columna que no es de códigos."""
    listas = _listas_del_esquema(db)
    for (tabla, columna), valores in listas.items():
        codigos = codigos_de(tabla, columna)
        if codigos is not None:
            nombrados = [v for v in valores if v in codigos]
            assert len(nombrados) >= len(valores) - 1, (tabla, columna, valores, list(codigos))
    con_codigos = {(t, c) for t in _tablas_con_bitacora(db) for c in ROTULOS if codigos_de(t, c) is not None
                   and c in {f[1] for f in db.execute(f"PRAGMA table_info({t})").fetchall()}}
    assert con_codigos - set(listas) <= {("reglas_de_la_sala", "flujo_mociones"), ("supresiones", "tabla"),
                                         ("puntos_orden", "tipo_decision")}   # códigos sin CHECK en su tabla


@pytest.fixture
def exportar(cli, copia_de_la_demo, tmp_path):
    """exportar("miembros", "--idioma", "pt") -> las celdas de la columna Detalle de «bitacora exportar --entidad»."""
    def hacer(entidad: str, *opciones: str) -> list[str]:
        ruta = tmp_path / f"{entidad}{len(list(tmp_path.glob('*.xlsx')))}.xlsx"
        hecho = cli(*opciones, "bitacora", "exportar", ruta, "--entidad", entidad, db=copia_de_la_demo)
        assert hecho.returncode == 0, hecho.stderr
        hoja = load_workbook(ruta).active
        assert hoja.cell(1, 9).value in ("Detalle", "Detalhe", "Details"), hoja.cell(1, 9).value
        return [fila[8] for fila in hoja.iter_rows(min_row=2, values_only=True)]
    return hacer


def _la_de(celdas: list[str], texto: str) -> str:
    return next(c for c in celdas if texto in c)


def test_en_castellano_los_codigos_y_los_si_no_en_palabras(exportar):
    miembros = exportar("miembros")
    montevideo = _la_de(miembros, "Nombre: Montevideo;")
    assert "Tipo: Municipio;" in montevideo and "Modo de ingreso: Solicitud propia;" in montevideo
    assert "Fundador: sí;" in montevideo and "Región: Montevideo;" in montevideo
    assert "Fundador: no;" in _la_de(miembros, "Nombre: Ocumare del Tuy;")
    pago = exportar("pagos")[0]
    assert "Medio de pago: Transferencia;" in pago
    reglas = _la_de(exportar("reglas_quorum"), "Tipo de decisión: Disolución;")
    assert "Más uno: sí;" in reglas and "Mayoría: Tres cuartos;" in reglas and "Quórum propio: no;" in reglas
    assert "Quórum sobre: los miembros con derecho a voto;" in reglas
    assert "Estado: Convocada → Celebrada" in exportar("sesiones")
    todas = " ".join(miembros + exportar("sesiones") + [pago, reglas])
    for crudo in ("solicitud_propia", "municipio", "transferencia", "Fundador: 1", "Fundador: 0", "convocada →",
                  "dos_tercios", "con_derecho", "Mas uno", "Modo ingreso"):
        assert crudo not in todas, crudo


def test_en_portugues_los_codigos_los_si_no_y_los_rotulos_en_portugues(exportar):
    miembros = exportar("miembros", "--idioma", "pt")
    montevideo = _la_de(miembros, "Nome: Montevideo;")
    assert "Tipo: Município;" in montevideo and "Forma de adesão: Solicitação própria;" in montevideo
    assert "Fundador: sim;" in montevideo and "Região: Montevideo;" in montevideo
    assert "Fundador: não;" in _la_de(miembros, "Nome: Ocumare del Tuy;")
    assert "Forma de pagamento: Transferência;" in exportar("pagos", "--idioma", "pt")[0]
    reglas = _la_de(exportar("reglas_quorum", "--idioma", "pt"), "Tipo de decisão: Dissolução;")
    assert "Mais um: sim;" in reglas and "Quórum próprio: não;" in reglas
    assert "Minutos até a segunda convocação: 60;" in reglas
    assert "Situação: Convocada → Realizada" in exportar("sesiones", "--idioma", "pt")


def test_en_ingles_tambien_los_rotulos_que_antes_quedaban_en_castellano(exportar, cli, copia_de_la_demo):
    """Una base con asociaciones que escriben en idiomas distintos saca la bitácora en el idioma en curso (el de
    la ventana): en inglés, ningún dato se nombra en castellano."""
    otra = cli("asociacion", "crear", "--nombre", "Rede Lusófona", "--sigla", "RL", "--idioma-documentos", "pt",
               db=copia_de_la_demo)
    assert otra.returncode == 0, otra.stderr
    fijar_idioma_del_proceso("en")
    miembros = exportar("miembros")
    montevideo = _la_de(miembros, "Name: Montevideo;")
    assert "Type: Municipality;" in montevideo and "Founder: yes;" in montevideo
    assert "Region: Montevideo;" in montevideo and "Admission method: Own application;" in montevideo
    assert "Founder: no;" in _la_de(miembros, "Name: Ocumare del Tuy;")
    assert "Payment method: Bank transfer;" in exportar("pagos")[0]
    reglas = _la_de(exportar("reglas_quorum"), "Plus one: yes;")
    assert "Minutes until the second call: 60;" in reglas and "Own quorum: no;" in reglas
    asociacion = _la_de(exportar("asociaciones"), "Rede Lusófona")
    assert "Language of the documents: Português;" in asociacion or "Document language: Português;" in asociacion
    assert "Dues on expulsion: Like a withdrawal (the scale’s rule)" in asociacion   # antes, solo en un diálogo
    for castellano in ("Fundador:", "Región:", "Modo de ingreso:", "Medio de pago:", "Más uno:", "Idioma de los",
                       "Como una baja"):
        assert castellano not in " ".join(miembros + [reglas, asociacion]), castellano
