"""Quien tiene el archivo y apaga la regla que impide poner en la red A el valor de una ciudad de la red B (o a esa
ciudad en un grupo de A) deja el alta en la bitácora: el repaso de `verificar` la nombra con el motivo de la regla,
aunque la cadena de sellos siga coherente (issue 80, §2 y §4)."""

import sqlite3
from datetime import date

from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.agrupaciones import definir_grupo
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.indicadores import definir_indicador
from escritorio.servicios.repaso_de_la_bitacora import repasar


def _miembro(contexto, nombre, pais):
    return guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2015, 1, 1)),
                         poblacion=(500_000, 2022, "Censo"))


def test_un_miembro_de_otra_red_en_un_grupo_o_un_indicador_escrito_por_fuera_se_nombra(db, asociacion_id, ruta_db):
    contexto = Contexto(db, asociacion_id)
    _miembro(contexto, "Rosario", "AR")
    definir_grupo(contexto, "Subregión", "Cono Sur", paises=["AR", "UY"])
    emisiones = definir_indicador(contexto, "Emisiones por habitante", "tCO2e/hab", "menor")
    otra = crear_asociacion(db, NuevaAsociacion(nombre="Otra red", sigla="OTR", paises={"AR": "pleno"}))
    salta = _miembro(Contexto(db, otra), "Salta", "AR")
    assert not repasar(db).alarmas
    grupo = next(db.query("SELECT id FROM grupos"))["id"]

    conexion = sqlite3.connect(ruta_db)   # el navegador de bases: apaga solo las reglas, no la bitácora
    for trigger in ("integrantes_de_grupo_de_su_asociacion_insert", "valores_indicador_de_su_asociacion_insert"):
        conexion.execute(f"DROP TRIGGER {trigger}")
    conexion.execute("INSERT INTO integrantes_de_grupo (grupo_id, asociacion_id, agrupacion, miembro_id) "
                     "VALUES (?, ?, 'Subregión', ?)", [grupo, asociacion_id, salta])
    conexion.execute("INSERT INTO valores_indicador (indicador_id, miembro_id, anio, valor, evidencia) "
                     "VALUES (?, ?, 2025, '4.3', 'Informe')", [emisiones, salta])
    conexion.commit()
    conexion.close()

    textos = " ".join(a.texto for a in repasar(db).alarmas)
    assert "«integrantes_de_grupo», fila 3, agregada. Escritorio nunca escribe eso: un miembro de un grupo es de la " \
           "asociación del grupo." in textos
    assert "Escritorio nunca escribe eso: el valor de un indicador es de un miembro de la asociación del " \
           "indicador." in textos
