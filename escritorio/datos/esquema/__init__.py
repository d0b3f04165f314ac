"""El esquema completo de la base, como migraciones ordenadas (sqlite_utils.migrations).

Cada migración corre en una transacción junto con su registro en `_sqlite_migrations`.
Nunca se modifica una migración publicada: los cambios van en una nueva, al final. Para leer cómo queda la base
hoy, sin recorrer la historia: esquema/actual.sql (generado; «python -m escritorio.datos.esquema.actual» lo
regenera después de agregar una migración, y una prueba falla si quedó viejo).

Una migración que agrega una tabla de datos crea sus triggers de bitácora (`disparadores_de_bitacora`, en
migraciones.py); una que agrega una columna a una tabla con bitácora los rehace en la misma migración
(`rehacer_bitacora`).
tests/datos/test_bitacora_de_cada_columna.py falla si una columna queda sin registrar.
"""

from ..base_de_datos import BaseDeDatos

# CONJUNTO y MIGRACIONES se importan de este módulo, que registra todas las migraciones.
from .documentos import MIGRACIONES_DE_DOCUMENTOS
from .elecciones_y_reglas import MIGRACIONES_DE_ELECCIONES_Y_REGLAS
from .organos_y_sesiones import MIGRACIONES_DE_ORGANOS_Y_SESIONES
from .registro_y_cuotas import MIGRACIONES_DEL_REGISTRO_Y_LAS_CUOTAS
from ..migraciones import CONJUNTO, MIGRACIONES, ampliar_lista, ejecutar, rehacer_bitacora  # noqa: F401

# Las primeras migraciones (0001 a 0012), en tres módulos por tema, y las de los documentos (0013 a 0015).
for _nombre, _migracion in (*MIGRACIONES_DEL_REGISTRO_Y_LAS_CUOTAS, *MIGRACIONES_DE_ORGANOS_Y_SESIONES,
                            *MIGRACIONES_DE_ELECCIONES_Y_REGLAS, *MIGRACIONES_DE_DOCUMENTOS):
    MIGRACIONES(name=_nombre)(_migracion)

# Y las de después de los documentos, cada una en su módulo, en orden.
from ..incidentes import crear_tabla as _incidentes  # noqa: E402
from .papeles import MIGRACION_DE_PAPELES  # noqa: E402

MIGRACIONES(name="0016_incidentes")(_incidentes)
MIGRACIONES(name=MIGRACION_DE_PAPELES[0])(MIGRACION_DE_PAPELES[1])

# Las bases de votación de la migración 0018: una copia de dominio.mayorias.BASES, en su orden
# (tests/datos/test_migracion_reglas_del_dominio.py comprueba que sean la misma lista).
_BASES_0018_SQL = "'emitidos', 'presentes', 'con_derecho', 'sna', 'validos', 'todos'"

def _bases_de_votacion(db: BaseDeDatos) -> None:
    """Bases de votación como elección del estatuto (qué votos cuentan), y la regla citada en las elecciones.

    - Las listas CHECK de `reglas_quorum.base_mayoria`, `votaciones.base` y `elecciones.base` se amplían con «sna» (a
      favor + en contra + abstenciones, en una moción), «validos» (solo los votos a candidaturas) y «todos» (también
      en blanco y nulos) en una elección. Ampliar una lista no exige reconstruir la tabla (`ampliar_lista`): sus
      triggers de bitácora y de acta aprobada quedan como estaban.
    - `elecciones` gana `regla_mayoria` (la regla de elecciones que pedía el órgano, como la cita el acta) y
      `motivo_mayoria` (si se votó con una más exigente): se rehacen su bitácora y su trigger de acta aprobada, que
      también las protege.
    """
    for tabla, columna in (("reglas_quorum", "base_mayoria"), ("votaciones", "base"), ("elecciones", "base")):
        ampliar_lista(db, tabla, columna, _BASES_0018_SQL)
    ejecutar(db, ["ALTER TABLE elecciones ADD COLUMN regla_mayoria TEXT",
                  "ALTER TABLE elecciones ADD COLUMN motivo_mayoria TEXT"])
    rehacer_bitacora(db, "elecciones")
    congelado = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name = 'elecciones_congelado_update'").fetchone()[0]
    viejo = "OR OLD.cerrada_en IS NOT NEW.cerrada_en))"
    if viejo not in congelado:
        raise RuntimeError("El trigger elecciones_congelado_update no es el esperado: no se modificó el esquema.")
    ejecutar(db, ["DROP TRIGGER elecciones_congelado_update",
                  congelado.replace(viejo, "OR OLD.cerrada_en IS NOT NEW.cerrada_en\n"
                                    "                 OR OLD.regla_mayoria IS NOT NEW.regla_mayoria "
                                    "OR OLD.motivo_mayoria IS NOT NEW.motivo_mayoria))")])

MIGRACIONES(name="0018_bases_de_votacion")(_bases_de_votacion)

from .plurinominal import MIGRACION_PLURINOMINAL  # noqa: E402
from .efectos import MIGRACION_DE_EFECTOS  # noqa: E402
from .mandatos import MIGRACION_DE_MANDATOS  # noqa: E402
from .aprobacion_de_actas import MIGRACION_APROBACION_DE_ACTAS  # noqa: E402
from .deshacer import MIGRACION_DE_DESHACER  # noqa: E402
from .tipos_de_documento import MIGRACION_TIPOS_DE_DOCUMENTO  # noqa: E402
from .direccion_publica import MIGRACION_DIRECCION_PUBLICA  # noqa: E402
from .ubicaciones import MIGRACION_UBICACIONES  # noqa: E402
from .correo import MIGRACION_CORREO  # noqa: E402
from .convenios import MIGRACION_CONVENIOS  # noqa: E402
from .extractos import MIGRACION_EXTRACTOS  # noqa: E402
from .memoria import MIGRACION_MEMORIA  # noqa: E402
from .estadisticas import MIGRACION_ESTADISTICAS  # noqa: E402
from .correo_atado import MIGRACION_CORREO_ATADO  # noqa: E402
from .sello_de_tiempo import MIGRACION_SELLO_DE_TIEMPO  # noqa: E402
from .bitacora_por_fila import MIGRACION_BITACORA_POR_FILA  # noqa: E402
from .reglas_del_estatuto import MIGRACION_REGLAS_DEL_ESTATUTO  # noqa: E402
from .boletas import MIGRACION_BOLETAS  # noqa: E402
from .admision import MIGRACION_ADMISION  # noqa: E402
from .puntos_miembros import MIGRACION_PUNTOS_MIEMBROS  # noqa: E402
from .forma_del_cargo import MIGRACION_FORMA_DEL_CARGO  # noqa: E402
from .planes import MIGRACION_PLANES  # noqa: E402
from .saldos_a_favor import MIGRACION_SALDOS_A_FAVOR  # noqa: E402
from .sala import (MIGRACION_APOYOS_Y_RECOMENDACION, MIGRACION_BLOQUES_DE_MOCION,  # noqa: E402
                   MIGRACION_CATEGORIAS_DE_MOCION, MIGRACION_ENMIENDAS_A_ENMIENDAS, MIGRACION_FLUJO_DE_LAS_MOCIONES,
                   MIGRACION_ORADORES_DE_OPENSLIDES, MIGRACION_RECOMENDACIONES_CONGELADAS,
                   MIGRACION_RECOMENDACIONES_DE_CAMBIO, MIGRACION_SALA, MIGRACION_VOTO_ELECTRONICO)
from .motivo_de_admision import MIGRACION_MOTIVO_DE_ADMISION  # noqa: E402
from .valores_personales import MIGRACION_VALORES_PERSONALES  # noqa: E402
from .datos_personales import (MIGRACION_CONSENTIMIENTOS, MIGRACION_DATOS_PERSONALES,  # noqa: E402
                               MIGRACION_DERECHOS_DE_LA_LGPD)
from .otras_redes import MIGRACION_OTRAS_REDES  # noqa: E402
from .observadores import MIGRACION_OBSERVADORES  # noqa: E402
from .limite_de_mandatos import MIGRACION_LIMITE_DE_MANDATOS  # noqa: E402
from .agrupaciones import MIGRACION_AGRUPACIONES  # noqa: E402
from .indicadores import (MIGRACION_INDICADORES, MIGRACION_MIEMBROS_DE_SU_ASOCIACION,  # noqa: E402
                          MIGRACION_NOMBRES_EN_MINUSCULAS)

# Desde la 0019, cada migración vive en su módulo (esquema_<tema>.py) y se registra aquí, en orden: una nueva se
# agrega al final de esta lista.
MIGRACIONES_EN_SU_MODULO = [
    MIGRACION_PLURINOMINAL,
    MIGRACION_DE_EFECTOS,
    MIGRACION_DE_MANDATOS,
    MIGRACION_APROBACION_DE_ACTAS,
    MIGRACION_DE_DESHACER,
    MIGRACION_TIPOS_DE_DOCUMENTO,
    MIGRACION_DIRECCION_PUBLICA,
    MIGRACION_UBICACIONES,
    MIGRACION_CORREO,
    MIGRACION_CONVENIOS,
    MIGRACION_EXTRACTOS,
    MIGRACION_MEMORIA,
    MIGRACION_ESTADISTICAS,
    MIGRACION_CORREO_ATADO,
    MIGRACION_SELLO_DE_TIEMPO,
    MIGRACION_BITACORA_POR_FILA,
    MIGRACION_REGLAS_DEL_ESTATUTO,
    MIGRACION_BOLETAS,
    MIGRACION_ADMISION,
    MIGRACION_PUNTOS_MIEMBROS,
    MIGRACION_FORMA_DEL_CARGO,
    MIGRACION_PLANES,
    MIGRACION_SALDOS_A_FAVOR,
    MIGRACION_SALA,
    MIGRACION_MOTIVO_DE_ADMISION,
    MIGRACION_VALORES_PERSONALES,
    MIGRACION_DATOS_PERSONALES,
    MIGRACION_OTRAS_REDES,
    MIGRACION_OBSERVADORES,
    MIGRACION_LIMITE_DE_MANDATOS,
    MIGRACION_AGRUPACIONES,
    MIGRACION_INDICADORES,
    MIGRACION_MIEMBROS_DE_SU_ASOCIACION,
    MIGRACION_NOMBRES_EN_MINUSCULAS,
    MIGRACION_DERECHOS_DE_LA_LGPD,
    MIGRACION_CONSENTIMIENTOS,
    MIGRACION_APOYOS_Y_RECOMENDACION,
    MIGRACION_ORADORES_DE_OPENSLIDES,
    MIGRACION_CATEGORIAS_DE_MOCION,
    MIGRACION_FLUJO_DE_LAS_MOCIONES,
    MIGRACION_ENMIENDAS_A_ENMIENDAS,
    MIGRACION_BLOQUES_DE_MOCION,
    MIGRACION_RECOMENDACIONES_DE_CAMBIO,
    MIGRACION_RECOMENDACIONES_CONGELADAS,
    MIGRACION_VOTO_ELECTRONICO,
]
for _nombre, _migracion in MIGRACIONES_EN_SU_MODULO:
    MIGRACIONES(name=_nombre)(_migracion)
