"""Consultar y exportar la bitácora: cuándo, quién (usuario del sistema y operador) y qué cambió.

Cada registro trae su frase («Pago 2026/15 de Rosario registrado: …», ver `descripcion_bitacora`) y el detalle crudo
(tabla, id, valores antes y después, hora UTC) para quien lo pida. Las fechas de los filtros son de la hora local.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import bitacora as tabla_bitacora
from ..documentos.visible import abreviar
from ..dominio.texto import normalizar
from ..dominio.traduccion import traducir
from ..dominio import formato
from .descripcion_bitacora import NombresCitados, describir, nombre_de_tabla
from .momentos import hora_local
from .archivos import destino_del_archivo, escribir_archivo
from .idioma_de_los_documentos import en_el_idioma_de_la_base

ACCIONES = {"alta": "Alta", "cambio": "Cambio", "borrado": "Borrado"}


def nombre_de_accion(accion: str) -> str:
    """«Alta», «Cambio» o «Borrado» en el idioma en curso (la ventana, la CLI y la planilla dicen lo mismo)."""
    return traducir(ACCIONES[accion]) if accion in ACCIONES else accion
COLUMNA_MOMENTO = "Momento (hora local)"


@dataclass
class Registro:
    id: int
    momento: str
    usuario: str | None
    operador: str | None
    entidad: str
    entidad_id: int | None
    accion: str
    detalle: list[str]  # «campo: antes → después» (cambios) o «campo: valor» (altas y borrados)
    descripcion: str = ""  # lo que diría una persona: «Baja de Salto desde el 01/03/2026: Renuncia»
    antes: dict | None = field(default=None, repr=False)    # los valores con el nombre de su columna
    despues: dict | None = field(default=None, repr=False)

    @property
    def tabla(self) -> str:
        """El nombre legible de la tabla: «Pagos», «Estados de los miembros»."""
        return nombre_de_tabla(self.entidad)

    @property
    def hora_local(self) -> datetime | None:
        return hora_local(self.momento)

    def cuando(self) -> str:
        """«23/11/2026 17:04» en la hora local (vacío si el registro no está sellado)."""
        local = self.hora_local
        return formato.fecha_y_hora(local) if local else ""

    def quien(self) -> str:
        return (self.usuario or traducir("(sin sellar)")) + (f" · {self.operador}" if self.operador else "")


def _detalle(accion: str, antes: dict | None, despues: dict | None) -> list[str]:
    if accion == "cambio":
        return [f"{campo}: {_texto(antes.get(campo))} → {_texto(valor)}" for campo, valor in despues.items()
                if antes.get(campo) != valor]
    return [f"{campo}: {_texto(valor)}" for campo, valor in (despues or antes).items() if valor is not None]


def _texto(valor) -> str:
    """Un valor en el detalle: visible (un carácter de control guardado por una versión anterior se ve como
    [U+0007], ver `documentos.visible`) y de hasta 80 caracteres."""
    return "—" if valor is None else abreviar(valor, 80)


def entidades(db: BaseDeDatos) -> list[str]:
    return tabla_bitacora.entidades(db)


def _utc(dia: date | None, *, dias_despues: int = 0) -> str | None:
    """El comienzo de un día de la hora local (`dias_despues` días más tarde), en UTC como lo guardan los sellos
    («aaaa-mm-dd hh:mm:ss»). None (sin límite) si no hay día o si cae fuera del calendario (--hasta 9999-12-31,
    --desde 0001-01-01): ningún cambio puede estar más allá."""
    if dia is None:
        return None
    try:
        comienzo = datetime.combine(dia + timedelta(days=dias_despues), time())
        return comienzo.astimezone().astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    except (OverflowError, ValueError):  # ValueError: «year 0 is out of range» al pasar a UTC
        return None


def listar(db: BaseDeDatos, *, entidad: str | None = None, entidad_id: int | None = None, desde: date | None = None,
           hasta: date | None = None, texto: str | None = None, limite: int = 2000) -> list[Registro]:
    """Los cambios más recientes primero, filtrados por tabla, registro, fechas o un texto.

    El texto se busca en los datos guardados y en la frase (sin mayúsculas ni acentos): «rosario» encuentra el alta
    de Rosario y también sus pagos, aunque el pago guarde solo el número del miembro."""
    cursor = tabla_bitacora.registros(db, entidad=entidad, entidad_id=entidad_id, desde_utc=_utc(desde),
                                      hasta_utc=_utc(hasta, dias_despues=1),
                                      limite=-1 if texto else limite)   # con un texto, se filtra aquí (la frase no está en la base)
    buscado = normalizar(texto or "")
    nombres = NombresCitados(db)
    registros = []
    for i, m, u, o, e, eid, a, d in cursor:
        antes, despues = nombres.valores(e, a, d)
        frase = describir(nombres, e, a, eid, antes, despues)
        if buscado and buscado not in normalizar(d) and buscado not in normalizar(frase):
            continue
        registros.append(Registro(i, m[:19], u and abreviar(u, 80), o and abreviar(o, 80), e, eid, a,
                                  _detalle(a, antes, despues), frase, antes, despues))
        if len(registros) >= limite:
            break
    return registros

def _propiedades(db: BaseDeDatos):
    """La bitácora es de la base entera: su autor es la asociación (o las asociaciones) que la base lleva, y
    se imprime en su papel si es una sola."""
    from ..documentos.excel.escritura import Propiedades

    asociaciones = tabla_asociaciones.todas_con_su_papel(db)
    papel = asociaciones[0]["papel"] if len(asociaciones) == 1 else None
    return Propiedades(traducir("Bitácora de cambios"), "; ".join(a["nombre"] for a in asociaciones) or None, papel)


def exportar(db: BaseDeDatos, ruta: Path | str, **filtros) -> int:
    """La bitácora en .xlsx; el momento de cada cambio es una fecha-hora de Excel en la hora local.

    Sale en el idioma de los documentos (`idioma_de_la_base`: el pedido con --idioma o en la ventana, o el de la
    asociación): el título, la hoja, los encabezados, la acción, el nombre de la tabla y la frase de cada cambio
    («Qué pasó»), la misma que muestra la ventana (`descripcion_bitacora`), y el detalle en palabras: cada dato con su
    nombre, los importes con su moneda, las fechas como fechas (`detalle_de_la_bitacora`, issue 83 §3)."""
    from .detalle_de_la_bitacora import detalle_en_palabras

    from ..documentos.excel.escritura import FORMATO_FECHA_HORA, ColumnaHoja, Hoja, escribir_libro

    ruta = destino_del_archivo(ruta, ".xlsx", traducir("la bitácora"))
    with en_el_idioma_de_la_base(db):
        registros = listar(db, limite=1_000_000, **filtros)
        columnas = [ColumnaHoja(traducir("Nº"), 8), ColumnaHoja(traducir(COLUMNA_MOMENTO), 20, FORMATO_FECHA_HORA),
                    ColumnaHoja(traducir("Usuario"), 14), ColumnaHoja(traducir("Operador"), 16),
                    ColumnaHoja(traducir("Qué pasó"), 60, ajustar=True), ColumnaHoja(traducir("Tabla"), 18),
                    ColumnaHoja(traducir("Registro"), 10), ColumnaHoja(traducir("Acción"), 10),
                    ColumnaHoja(traducir("Detalle"), 90, ajustar=True)]
        nombres = NombresCitados(db)
        filas = ((r.id, hora_local(r.momento), r.usuario, r.operador, r.descripcion, traducir(r.tabla), r.entidad_id,
                  nombre_de_accion(r.accion),
                  "; ".join(detalle_en_palabras(nombres, r.entidad, r.accion, r.antes, r.despues)))
                 for r in registros)
        escribir_archivo(escribir_libro, ruta, [Hoja(traducir("Bitácora"), columnas, filas)],
                         propiedades=_propiedades(db))
    return len(registros)
