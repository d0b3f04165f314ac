"""Decidir, fila por fila, si el archivo trae un miembro nuevo, cambios o nada nuevo.

Se empareja por Código cuando la fila lo trae; si no, por país, región y nombre sin
mayúsculas ni acentos. Una celda vacía nunca borra un dato existente (tampoco la ubicación en el mapa).
"""

from dataclasses import dataclass, field
from datetime import date

from . import formato
from .importacion import COLUMNAS, Problema
from .fila_importada import FilaMiembro
from .miembros import ESTADOS_REGISTRADOS as ESTADOS, MODOS_INGRESO, cargo_local, clave_emparejamiento
from .puerta import segun_la_puerta
from .traduccion import traducir

CAMPOS_FICHA = ("nombre", "pais", "region", "codigo", "tipo", "fecha_ingreso", "correo", "telefono", "fundador",
                "modo_ingreso")
_ENCABEZADOS = {c.campo: c.encabezado for c in COLUMNAS}


def _encabezado(campo: str) -> str:
    encabezado = _ENCABEZADOS[campo]
    return traducir(encabezado)


def _mostrar(valor) -> str:
    """Un valor como lo lee una persona: miles con su separador, fechas dd/mm/aaaa, vacío como «—»."""
    if valor is None or valor == "":
        return "—"
    if isinstance(valor, bool):
        return traducir("Sí") if valor else traducir("No")
    if valor in MODOS_INGRESO:
        return traducir(MODOS_INGRESO[valor])
    if isinstance(valor, int):
        return formato.numero(valor)
    if isinstance(valor, date):
        return formato.fecha(valor)
    return str(valor)


@dataclass
class MiembroExistente:
    id: int
    nombre: str
    pais: str
    region: str | None = None
    codigo: str | None = None
    tipo: str = "municipio"
    fecha_ingreso: date | None = None
    correo: str | None = None
    telefono: str | None = None
    poblacion: int | None = None
    anio_poblacion: int | None = None
    autoridad: str | None = None
    cargo: str | None = None
    cifras: set = field(default_factory=set)  # todas las (cifra, año) ya registradas
    fundador: bool = False
    modo_ingreso: str = "solicitud_propia"
    estado: str = "activo"  # el vigente
    ubicacion: tuple[float, float] | None = None  # (latitud, longitud) en el mapa


@dataclass
class Cambio:
    """Lo que una fila cambia de un miembro existente."""

    miembro_id: int
    fila: int
    ficha: dict  # valores finales de CAMPOS_FICHA
    poblacion: tuple[int, int | None, str | None] | None = None  # (cifra, año o None, fuente) a agregar
    autoridad: tuple[str, str] | None = None  # (persona, cargo) que pasa a ser la vigente
    ubicacion: tuple[float, float] | None = None  # (latitud, longitud) nueva en el mapa
    descripcion: list[str] = field(default_factory=list)


@dataclass
class _Indices:
    por_codigo: dict
    por_clave: dict
    por_pais_nombre: dict  # (país, "", nombre) -> miembros con ese nombre en ese país

    @classmethod
    def de(cls, existentes: list[MiembroExistente]) -> "_Indices":
        por_pais_nombre: dict = {}
        for e in existentes:
            por_pais_nombre.setdefault(clave_emparejamiento(e.pais, None, e.nombre), []).append(e)
        return cls({e.codigo.casefold(): e for e in existentes if e.codigo},
                   {clave_emparejamiento(e.pais, e.region, e.nombre): e for e in existentes}, por_pais_nombre)

    def sin_codigo(self, fila: FilaMiembro, clave: tuple[str, str, str]) -> MiembroExistente | None:
        """Por país, región y nombre (`clave`, la de la fila); si una de las dos partes no tiene región, basta
        país y nombre cuando no hay ambigüedad (una celda vacía no crea un duplicado)."""
        exacto = self.por_clave.get(clave)
        if exacto:
            return exacto
        # La clave sin región es la de la fila con la región vacía (clave_emparejamiento(país, None, nombre)).
        candidatos = self.por_pais_nombre.get((clave[0], "", clave[2]), [])
        if fila.region is None:
            return candidatos[0] if len(candidatos) == 1 else None
        sin_region = [e for e in candidatos if not e.region]
        return sin_region[0] if len(sin_region) == 1 else None


def _buscar(fila: FilaMiembro, indices: _Indices, clave: tuple[str, str, str]) -> MiembroExistente | None:
    if fila.codigo:
        encontrado = indices.por_codigo.get(fila.codigo.casefold())
        if encontrado:
            return encontrado
        # Un padrón cargado sin códigos que ahora los trae: se reconoce por nombre si aún no tiene código.
        candidato = indices.sin_codigo(fila, clave)
        return candidato if candidato and not candidato.codigo else None
    return indices.sin_codigo(fila, clave)


def _comparar(fila: FilaMiembro, existente: MiembroExistente) -> Cambio:
    ficha = {campo: getattr(existente, campo) for campo in CAMPOS_FICHA}
    cambio = Cambio(existente.id, fila.fila, ficha)
    for campo in CAMPOS_FICHA:
        nuevo = getattr(fila, campo)
        if nuevo is not None and nuevo != ficha[campo]:
            cambio.descripcion.append(f"{_encabezado(campo)}: {_mostrar(ficha[campo])} → {_mostrar(nuevo)}")
            ficha[campo] = nuevo
    _comparar_poblacion(fila, existente, cambio)
    if fila.autoridad:
        misma_persona = fila.autoridad == existente.autoridad
        cargo = fila.cargo or (existente.cargo if misma_persona else None) or cargo_local(ficha["pais"])
        if not misma_persona or cargo != existente.cargo:
            cambio.autoridad = (fila.autoridad, cargo)
            cambio.descripcion.append(traducir("Autoridad: {0} → {1} ({2})").format(
                _mostrar(existente.autoridad), fila.autoridad, cargo))
    if fila.latitud is not None and (fila.latitud, fila.longitud) != existente.ubicacion:
        cambio.ubicacion = (fila.latitud, fila.longitud)
        antes = formato.coordenadas(*existente.ubicacion) if existente.ubicacion else "—"
        cambio.descripcion.append(traducir("Ubicación: {0} → {1}").format(
            antes, formato.coordenadas(fila.latitud, fila.longitud)))
    return cambio


def _con_anio(cifra: int | None, anio: int | None) -> str:
    return f"{_mostrar(cifra)} ({anio})" if anio else _mostrar(cifra)


def _comparar_poblacion(fila: FilaMiembro, existente: MiembroExistente, cambio: Cambio) -> None:
    """Con año: se agrega si esa cifra de ese año no está registrada. Sin año: si difiere de la vigente."""
    if fila.anio_poblacion is not None:
        nueva = (fila.poblacion, fila.anio_poblacion) not in existente.cifras
    else:
        nueva = fila.poblacion != existente.poblacion
    if not nueva:
        return
    cambio.poblacion = (fila.poblacion, fila.anio_poblacion, fila.fuente)
    actual = _con_anio(existente.poblacion, existente.anio_poblacion)
    if fila.anio_poblacion and existente.anio_poblacion and fila.anio_poblacion < existente.anio_poblacion:
        cambio.descripcion.append(traducir("Población: se agrega la cifra histórica {0}; sigue rigiendo {1}").format(
            _con_anio(fila.poblacion, fila.anio_poblacion), actual))
    else:
        cambio.descripcion.append(traducir("Población: {0} → {1}").format(
            actual, _con_anio(fila.poblacion, fila.anio_poblacion)))


@dataclass
class Decision:
    """Lo que una fila del archivo hace con el padrón: un alta (`existente` None), un cambio (`cambio` con su
    descripción), nada nuevo (`cambio` sin descripción), o un problema (la fila corresponde a un miembro que ya
    trajo otra). `aviso`: lo que el archivo dice y la importación no hace (el estado de un miembro que ya está)."""

    existente: MiembroExistente | None = None
    cambio: Cambio | None = None
    problema: Problema | None = None
    aviso: str | None = None


class Emparejador:
    """Decide fila por fila, en el orden del archivo, contra los miembros que ya están (que sí se tienen en
    memoria: son los del padrón). De las filas solo recuerda a qué miembro llevó cada una."""

    def __init__(self, existentes: list[MiembroExistente]):
        self._indices = _Indices.de(existentes)
        self._emparejados: dict[int, int] = {}  # id del miembro -> fila que lo trajo

    def decidir(self, fila: FilaMiembro, clave: tuple[str, str, str] | None = None) -> Decision:
        """`clave`: la de la fila (fila.clave()), si ya se calculó."""
        existente = _buscar(fila, self._indices, clave or fila.clave())
        if existente is None:
            return Decision()
        if existente.id in self._emparejados:
            # La celda que llevó al mismo miembro: el código si se lo reconoció por él, si no el nombre.
            campo = "codigo" if fila.codigo and existente.codigo and fila.codigo.casefold() == existente.codigo.casefold() \
                else "nombre"
            return Decision(existente, problema=Problema(
                traducir("esta fila y la fila {0} corresponden al mismo miembro («{1}»); cada miembro debe figurar "
                         "una sola vez").format(self._emparejados[existente.id], existente.nombre), fila=fila.fila,
                valor=getattr(fila, campo), campo=campo))
        self._emparejados[existente.id] = fila.fila
        aviso = None
        if fila.estado and fila.estado != existente.estado:
            aviso = segun_la_puerta(
                ventana=traducir("Fila {0}: «{1}» figura como {2} en el archivo y como {3} en el padrón. La "
                                 "importación no cambia el estado de un miembro que ya está (una baja termina además "
                                 "sus mandatos): si corresponde, regístrelo desde su ficha (área Miembros, "
                                 "«Editar…», pestaña Estado)."),
                linea=traducir("Fila {0}: «{1}» figura como {2} en el archivo y como {3} en el padrón. La importación "
                               "no cambia el estado de un miembro que ya está (una baja termina además sus mandatos): "
                               "si corresponde, regístrelo desde su ficha o con «escritorio miembros baja» o "
                               "«miembros suspender».")).format(
                fila.fila, existente.nombre, traducir(ESTADOS[fila.estado]).lower(),
                traducir(ESTADOS[existente.estado]).lower())
        return Decision(existente, _comparar(fila, existente), aviso=aviso)


# --- claves repetidas: país, región y nombre de dos miembros -------------------------------------------------

def como_se_nombra(pais: str, region: str | None, nombre: str) -> str:
    return "«{0}» ({1}, {2})".format(nombre, pais, region or traducir("sin región"))


def el_miembro(e: MiembroExistente) -> str:
    if e.codigo:
        return traducir("el miembro «{0}» ({1}, {2}, código {3})").format(
            e.nombre, e.pais, e.region or traducir("sin región"), e.codigo)
    return traducir("el miembro «{0}» ({1}, {2})").format(e.nombre, e.pais, e.region or traducir("sin región"))


@dataclass(frozen=True)
class ConClave:
    """Una fila que deja a un miembro con una clave (país, región y nombre sin mayúsculas ni acentos): un alta o
    un cambio, con el código, el nombre, el país y la región con que queda. `conserva`: en un cambio que no toca
    la clave, el miembro tal como estaba."""

    fila: int
    codigo: str | None
    nombre: str
    pais: str
    region: str | None
    conserva: MiembroExistente | None = None


def choques_de_una_clave(duenos: list[tuple[str, bool]], filas: list[ConClave]) -> list[Problema]:
    """Ninguna fila puede dejar a dos miembros con la misma clave salvo que ambos tengan código (homónimos con
    códigos oficiales distintos): ni un alta igual a otro miembro, ni un cambio de nombre o región que lo iguale a
    otro. Un miembro que conserva su clave no choca (si ya estaba repetido, lo informa «verificar»).

    `duenos`: (quién, tiene código) de los miembros que ya tienen esa clave y no cambian; `filas`: las de esa clave,
    primero los cambios y después las altas, cada grupo en el orden del archivo."""
    duenos, problemas = list(duenos), []
    for f in filas:
        if f.conserva is not None:
            duenos.append((el_miembro(f.conserva), bool(f.codigo)))
            continue
        choque = next((quien for quien, con_codigo in duenos if not (f.codigo and con_codigo)), None)
        if choque:
            problemas.append(Problema(traducir(
                "{0} ya es {1}: dos miembros no pueden tener el mismo país, región y nombre. Si es otro miembro, "
                "agregue al nombre algo que lo distinga (por ejemplo, el departamento o la provincia) o el código "
                "oficial de ambos; si es el mismo, use su código").format(
                como_se_nombra(f.pais, f.region, f.nombre), choque), fila=f.fila, valor=f.nombre, campo="nombre"))
        else:
            duenos.append((traducir("la fila {0}").format(f.fila), bool(f.codigo)))
    return problemas
