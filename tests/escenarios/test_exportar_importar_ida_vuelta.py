"""«miembros exportar» y después «miembros importar» en una asociación nueva: cada miembro llega igual (#14, punto 4).

Todo por la CLI, y la comparación se hace leyendo las dos bases ya cerradas: nombre, país,
región, código, tipo, ingreso, correo, teléfono, población y autoridad vigentes, y lo que antes se perdía en el
viaje: el estado vigente (activo, suspendido, de baja) con su fecha y su motivo, la marca de fundador y el modo de
ingreso. Lo que la importación no aplica (el estado distinto de un miembro que ya está) se avisa con claridad.
"""

import sqlite3
from dataclasses import fields, replace
from datetime import date

import pytest
from openpyxl import load_workbook

from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.contexto import Contexto


def ok(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout


def _por_miembro(ruta) -> dict[tuple, tuple]:
    """Cada miembro de la base (por país, región y nombre) con todo lo que el padrón exportado debe llevar."""
    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    hoy = date.today().isoformat()
    filas = conexion.execute("""
        SELECT m.pais, coalesce(m.region, ''), m.nombre, m.codigo, m.tipo, m.fecha_ingreso, m.correo, m.telefono,
               m.fundador, m.modo_ingreso,
               (SELECT estado || ' | ' || desde || ' | ' || coalesce(motivo, '') FROM estados_miembro
                WHERE miembro_id = m.id AND desde <= :hoy ORDER BY desde DESC, id DESC LIMIT 1),
               (SELECT cifra || ' (' || coalesce(anio, '') || ')' FROM poblaciones WHERE miembro_id = m.id
                ORDER BY anio DESC, id DESC LIMIT 1),
               (SELECT persona || ', ' || cargo FROM autoridades WHERE miembro_id = m.id
                ORDER BY coalesce(desde, '') DESC, id DESC LIMIT 1)
        FROM miembros m""", {"hoy": hoy}).fetchall()
    conexion.close()
    return {fila[:3]: fila[3:] for fila in filas}


@pytest.fixture(scope="module")
def origen(tmp_path_factory, demo_creada_por_la_cli):
    """Una copia de la red de ejemplo de la corrida con una baja, una suspensión y un miembro designado, y su padrón
    exportado por la CLI (por su entrada, en el proceso: tests/cli_en_el_proceso.py)."""
    import os
    import shutil

    from cli_en_el_proceso import orden_en_el_proceso

    carpeta = tmp_path_factory.mktemp("ida_vuelta")
    casa = carpeta / "casa"
    casa.mkdir()
    entorno = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_DB"}
    entorno.update(HOME=str(casa), XDG_DATA_HOME=str(casa / "datos"), PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")

    def cli(*argumentos, db=carpeta / "red.db"):
        return orden_en_el_proceso(["--db", str(db), *map(str, argumentos)], carpeta, entorno)

    shutil.copy(demo_creada_por_la_cli, carpeta / "red.db")
    conexion = sqlite3.connect(carpeta / "red.db")
    activos = [fila[0] for fila in conexion.execute(
        "SELECT m.id FROM miembros m WHERE m.fundador = 0 AND NOT EXISTS (SELECT 1 FROM estados_miembro e WHERE "
        "e.miembro_id = m.id AND e.estado != 'activo') AND m.fecha_ingreso < '2020-01-01' ORDER BY m.id")]
    paises = ",".join(f"{p}:{c}" for p, c in conexion.execute("SELECT pais, categoria FROM paises_asociacion"))
    conexion.close()
    de_baja, suspendido, designado = activos[3], activos[7], activos[11]
    ok(cli("miembros", "baja", de_baja, "--fecha", "2024-03-01", "--motivo", "Renuncia presentada por nota"))
    ok(cli("miembros", "suspender", suspendido, "--fecha", "2025-02-10", "--motivo", "Tres cuotas impagas"))
    # El modo de ingreso se cambia en la ficha (la ventana usa este mismo servicio).
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.ficha import guardar_ficha, obtener_ficha

    db = abrir_base(carpeta / "red.db", crear=False)
    datos = obtener_ficha(db, designado)
    ficha = FichaMiembro(**{c.name: datos[c.name] for c in fields(FichaMiembro)})
    ficha = replace(ficha, fecha_ingreso=date.fromisoformat(datos["fecha_ingreso"]), modo_ingreso="designacion")
    guardar_ficha(Contexto(db, datos["asociacion_id"]), ficha, miembro_id=designado)
    db.conn.close()

    ok(cli("miembros", "exportar", "padron.xlsx"))
    return carpeta, cli, paises, (de_baja, suspendido, designado)


@pytest.fixture
def nueva(origen, tmp_path):
    """Una base con una asociación nueva, creada por la CLI, con los mismos países."""
    _, cli, paises, _ = origen
    ruta = tmp_path / "nueva.db"
    ok(cli("asociacion", "crear", "--nombre", "Red Nueva", "--sigla", "RN", "--paises", paises, db=ruta))
    return ruta


def test_cada_miembro_llega_igual_a_la_asociacion_nueva(origen, nueva):
    carpeta, cli, _, (de_baja, suspendido, designado) = origen
    salida = ok(cli("miembros", "importar", carpeta / "padron.xlsx", db=nueva))
    assert "300 nuevos, 0 actualizados, 0 sin cambios" in salida
    assert "Aviso" not in salida

    antes, despues = _por_miembro(carpeta / "red.db"), _por_miembro(nueva)
    assert antes.keys() == despues.keys()
    distintos = {clave: (antes[clave], despues[clave]) for clave in antes if antes[clave] != despues[clave]}
    assert distintos == {}

    estados = [valores[7].split(" | ")[0] for valores in despues.values()]
    assert estados.count("baja") >= 3 and estados.count("suspendido") == 1  # la demo trae dos bajas
    assert sum(valores[5] for valores in despues.values()) == 12  # las doce fundadoras
    assert [valores[6] for valores in despues.values()].count("designacion") == 1

    # Lo que una persona ve en la base nueva: el de baja figura de baja desde su fecha y con su motivo.
    listado = ok(cli("miembros", "listar", db=nueva))
    assert listado.count("baja") >= 3 and "suspendido" in listado.lower()
    ok(cli("verificar", db=nueva))  # la bitácora y el testigo quedaron al día con lo importado


def test_reimportar_el_mismo_padron_no_cambia_nada(origen, nueva):
    carpeta, cli, _, _ = origen
    ok(cli("miembros", "importar", carpeta / "padron.xlsx", db=nueva))
    salida = ok(cli("miembros", "importar", carpeta / "padron.xlsx", db=nueva))
    assert "0 nuevos, 0 actualizados, 300 sin cambios" in salida
    assert "Aviso" not in salida


def test_un_estado_distinto_en_un_miembro_que_ya_esta_se_avisa_y_no_se_aplica(origen, nueva, tmp_path):
    carpeta, cli, _, _ = origen
    ok(cli("miembros", "importar", carpeta / "padron.xlsx", db=nueva))
    libro = load_workbook(carpeta / "padron.xlsx")
    hoja = libro["Padrón"]
    titulos = [c.value for c in hoja[1]]
    columna = titulos.index("Estado") + 1
    fila = next(f for f in range(2, hoja.max_row + 1) if hoja.cell(f, columna).value == "Suspendido")
    nombre = hoja.cell(fila, 1).value
    hoja.cell(fila, columna).value = "Activo"
    hoja.cell(fila, titulos.index("Fundador") + 1).value = "Sí"
    libro.save(tmp_path / "editado.xlsx")
    antes = _por_miembro(nueva)

    salida = ok(cli("miembros", "importar", tmp_path / "editado.xlsx", db=nueva))

    assert "0 nuevos, 1 actualizados, 299 sin cambios" in salida
    assert (f"Aviso: Fila {fila}: «{nombre}» figura como activo en el archivo y como suspendido en el padrón. La "
            "importación no cambia el estado de un miembro que ya está") in salida
    despues = _por_miembro(nueva)
    clave = next(k for k in despues if k[2] == nombre)
    assert despues[clave][7].startswith("suspendido | 2025-02-10 | Tres cuotas impagas")  # el estado no cambió
    assert (antes[clave][5], despues[clave][5]) == (0, 1)  # fundador sí: es un dato de la ficha


def test_un_padron_viejo_con_bajas_sin_fecha_se_rechaza_diciendo_que_falta(origen, nueva, tmp_path):
    """Un padrón exportado por una versión anterior traía solo «Estado»: antes, sus bajas entraban activas."""
    _, cli, _, _ = origen
    archivo = tmp_path / "viejo.csv"
    archivo.write_text("Nombre;País;Población;Estado\nRosario;AR;1276000;Activo\nSalto;UY;104028;Baja\n",
                       encoding="utf-8")
    resultado = cli("miembros", "importar", archivo, db=nueva)
    assert resultado.returncode != 0
    assert "viejo.csv: 2 problemas; no se importó nada" in resultado.stderr
    assert ("Fila 3, columna D (Estado), valor «Baja»: un miembro de baja necesita la fecha desde la que lo está: "
            "escríbala en la columna «Estado desde» (dd/mm/aaaa)") in resultado.stderr
    assert "necesita el motivo: escríbalo en la columna «Motivo del estado»" in resultado.stderr
    assert "Rosario" not in ok(cli("miembros", "listar", db=nueva))  # no se importó nada


def test_una_columna_estado_con_regiones_de_brasil_es_la_region(origen, nueva, tmp_path):
    """Issue 42: sin otra columna de región, una columna «Estado» que trae «Paraná» (no activo, suspendido ni baja)
    es la región, como la escribe una planilla de Brasil o de México. Antes se rechazaba pidiendo retitularla."""
    _, cli, _, _ = origen
    archivo = tmp_path / "brasil.csv"
    archivo.write_text("Nombre;País;Población;Estado\nCuritiba;BR;1963726;Paraná\n", encoding="utf-8")
    assert "1 nuevos" in ok(cli("miembros", "importar", archivo, db=nueva))
    assert ("BR", "Paraná", "Curitiba") in _por_miembro(nueva)


def test_con_una_columna_region_estado_es_el_del_miembro_y_se_explica(origen, nueva, tmp_path):
    _, cli, _, _ = origen
    archivo = tmp_path / "brasil.csv"
    archivo.write_text("Nombre;País;Región;Población;Estado\nCuritiba;BR;Sul;1963726;Paraná\n", encoding="utf-8")
    resultado = cli("miembros", "importar", archivo, db=nueva)
    assert resultado.returncode != 0
    assert ("columna E (Estado), valor «Paraná»: no es un estado de miembro; use Activo, Suspendido o Baja (si esta "
            "columna trae la región —un estado de Brasil o de México—, titúlela «Región»)") in resultado.stderr
