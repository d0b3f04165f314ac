"""Consultar el padrón y cambiar el estado de un miembro.

Una baja termina los mandatos del miembro (sus asientos en los órganos) el día anterior, en la misma transacción
que la registra; una suspensión también, si el estatuto lo dice (asociaciones.articulo_suspension_mandatos).
Cada mandato terminado queda con su corrección registrada y el motivo («Baja del miembro el …: …»).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import miembros as tabla_miembros
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio import entrada
from ..dominio.miembros import (ESTADOS, ESTADOS_REGISTRADOS, SOLICITANTE, era_miembro, estado_termina_mandatos,
                                fin_de_mandato)
from ..dominio.paises import nombre_pais
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from .base import hoy as fecha_de_hoy
from .campos import Revision
from .contexto import Contexto
from .idioma_de_los_documentos import idioma_de_la_asociacion
from .orden_alfabetico import clave_de_la_asociacion


class FilaDelPadron(TypedDict):
    """Un miembro como lo muestra (y lo busca) la tabla de Miembros: sus datos, la población y el estado vigentes."""

    id: int
    nombre: str
    pais: str
    region: str | None
    codigo: str | None
    tipo: str
    fecha_ingreso: str | None
    poblacion: int | None
    estado: str
    fundador: bool
    pais_nombre: str


class MiembroDelPadron(FilaDelPadron):
    """Un miembro del padrón con su población, estado y autoridad vigentes, y todos sus datos."""

    asociacion_id: int
    modo_ingreso: str
    correo: str | None
    telefono: str | None
    anio_poblacion: int | None
    fuente_poblacion: str | None
    autoridad: str | None
    cargo: str | None


def listar_miembros(contexto: Contexto, *, al: date | None = None) -> list[MiembroDelPadron]:
    """Todos los miembros con sus datos vigentes, ordenados por país y nombre como los lee una persona."""
    al = al or fecha_de_hoy()
    filas = tabla_miembros.vigentes(contexto.db, contexto.asociacion_id, al.isoformat())
    for fila in filas:
        fila["fundador"] = bool(fila["fundador"])
    return _como_se_lee(filas, contexto)


def miembro_vigente(contexto: Contexto, miembro_id: int, *, al: date | None = None) -> MiembroDelPadron | None:
    """El miembro de `listar_miembros` con ese id (None si no es de la asociación), sin leer el padrón entero (con
    100.000 miembros, lo que tarda listarlos a todos)."""
    fila = tabla_miembros.vigente(contexto.db, contexto.asociacion_id, miembro_id, (al or fecha_de_hoy()).isoformat())
    if fila is None:
        return None
    fila["fundador"] = bool(fila["fundador"])
    return _como_se_lee([fila], contexto)[0]


def listar_padron(contexto: Contexto, *, al: date | None = None) -> list[FilaDelPadron]:
    """Lo que muestra la tabla de Miembros de cada miembro, en el orden de `listar_miembros`. Más liviana: es lo que
    se espera al abrir la ventana (con 16.000 miembros, 0,05 s de consulta en lugar de 0,08 s)."""
    padron = padron_de_la_tabla(contexto, al=al)
    return [padron.como_fila(fila) for fila in padron.filas]


@dataclass
class PadronDeLaTabla:
    """El padrón como lo pinta la tabla de Miembros, sin un diccionario por miembro (issue 48: con 100.000 miembros,
    una décima de segundo menos hasta ver la ventana): una tupla por miembro con las `COLUMNAS`, en el orden de
    `listar_padron`, y el nombre de cada país en el idioma en curso. `como_fila` da la fila de uno (FilaDelPadron)
    cuando hace falta entera (el miembro elegido). `total`: cuántos miembros tiene el padrón entero, si estas filas
    son solo las primeras (padron_por_partes.py); None si están todas."""

    filas: list[tuple]
    paises: dict[str, str]
    total: int | None = None
    COLUMNAS = tabla_miembros.COLUMNAS_DEL_PADRON
    ID, NOMBRE, PAIS, REGION, CODIGO, TIPO, INGRESO, POBLACION, ESTADO, FUNDADOR = range(
        len(tabla_miembros.COLUMNAS_DEL_PADRON))

    def como_fila(self, fila: tuple) -> FilaDelPadron:
        fila_del_padron = FilaDelPadron(**dict(zip(self.COLUMNAS, fila)), pais_nombre=self.paises[fila[self.PAIS]])
        fila_del_padron["fundador"] = bool(fila_del_padron["fundador"])
        return fila_del_padron

    @property
    def completo(self) -> bool:
        return self.total is None or self.total <= len(self.filas)

    def __len__(self) -> int:
        return len(self.filas)


@dataclass
class OrdenDelPadron:
    """El orden del padrón como lo lee una persona, una sola regla para la tabla, las listas y la lectura por
    partes: por país (su nombre en el idioma de la ventana, `nombres`, y a igual nombre el código) y, dentro de
    cada país, por nombre (`clave`, la colación del idioma de la asociación) y a igual nombre por id."""

    nombres: dict[str, str]          # código -> nombre del país
    paises_en_orden: list[str]       # los códigos, en el orden de la tabla
    clave: Callable[[object], tuple]
    idioma: str = ""                 # el de `clave` (el de la asociación): el orden guardado vale solo con él

    @property
    def lugar(self) -> dict[str, int]:
        return {codigo: lugar for lugar, codigo in enumerate(self.paises_en_orden)}

    def claves_en_el_pais(self, filas: list, nombre=PadronDeLaTabla.NOMBRE, identidad=PadronDeLaTabla.ID) -> list:
        """La clave de orden de cada fila dentro de su país: su nombre y, a igual nombre, su id."""
        clave = self.clave
        return [(clave(f[nombre]), f[identidad]) for f in filas]

    def ordenar_en_el_pais(self, filas: list, nombre=PadronDeLaTabla.NOMBRE, identidad=PadronDeLaTabla.ID) -> None:
        filas[:] = self.en_orden(filas, self.claves_en_el_pais(filas, nombre, identidad))

    @staticmethod
    def en_orden(filas: list, claves: list) -> list:
        """Las filas de un país ordenadas por sus `claves_en_el_pais` (ya calculadas)."""
        return [filas[i] for i in sorted(range(len(filas)), key=claves.__getitem__)]


def orden_del_padron(contexto: Contexto, codigos, idioma: str | None = None) -> OrdenDelPadron:
    """El orden de los países `codigos` (nombres en `idioma`, o en el idioma en curso) y de los nombres."""
    clave = clave_de_la_asociacion(contexto)
    nombres, claves = {}, {}
    for codigo in set(codigos):   # pocos países, miles de miembros
        nombres[codigo] = nombre_pais(codigo, idioma)
        claves[codigo] = (clave(nombres[codigo]), codigo)
    return OrdenDelPadron(nombres, sorted(claves, key=claves.__getitem__), clave, idioma_de_la_asociacion(contexto))


def _por_nombre(contexto: Contexto, al: date, orden: OrdenDelPadron) -> list[tuple]:
    """Las filas del padrón ordenadas por nombre (y a igual nombre, por id) en el idioma de la asociación."""
    filas = tabla_miembros.padron_en_tuplas(contexto.db, contexto.asociacion_id, al.isoformat())   # casi en orden
    orden.ordenar_en_el_pais(filas)
    return filas


def padron_de_la_tabla(contexto: Contexto, *, al: date | None = None) -> PadronDeLaTabla:
    """El padrón de la tabla de Miembros (ver `PadronDeLaTabla`), entero, ordenado por país y nombre como lo lee una
    persona (`OrdenDelPadron`)."""
    al = al or fecha_de_hoy()
    orden = orden_del_padron(contexto, tabla_miembros.paises_del_padron(contexto.db, contexto.asociacion_id))
    filas = _por_nombre(contexto, al, orden)
    lugar, pais = orden.lugar, PadronDeLaTabla.PAIS
    filas.sort(key=lambda f: lugar[f[pais]])   # estable: dentro de cada país, el orden por nombre
    return PadronDeLaTabla(filas, orden.nombres)


def _como_se_lee(filas: list[dict], contexto: Contexto) -> list[dict]:
    """Con el nombre de su país, y ordenadas por país y nombre como los lee una persona (`OrdenDelPadron`)."""
    orden = orden_del_padron(contexto, {fila["pais"] for fila in filas})
    orden.ordenar_en_el_pais(filas, "nombre", "id")
    lugar = orden.lugar
    for fila in filas:
        fila["pais_nombre"] = orden.nombres[fila["pais"]]
    filas.sort(key=lambda f: lugar[f["pais"]])
    return filas


def contar_miembros_vigentes(contexto: Contexto, *, al: date | None = None) -> int:
    """Cuántos son miembros el día `al` (por omisión, hoy): ni de baja ni solicitantes, y ya ingresados
    (dominio.miembros.era_miembro). La cifra de Inicio y la de la barra de estado de la ventana: una sola cuenta."""
    corte = (al or fecha_de_hoy()).isoformat()
    return sum(1 for estado, ingreso in tabla_miembros.estados_e_ingresos(contexto.db, contexto.asociacion_id, corte)
               if era_miembro(estado, ingreso, corte))


def _miembro(db: BaseDeDatos, miembro_id: int, asociacion_id: int | None = None) -> dict:
    fila = tabla_miembros.ficha_corta(db, miembro_id)
    if fila is None or (asociacion_id is not None and fila["asociacion_id"] != asociacion_id):
        if asociacion_id is None:
            raise ErrorEscritorio(traducir("No existe el miembro con id {0}. Consulte los ids con «miembros listar».")
                                  .format(miembro_id))
        raise ErrorEscritorio(traducir("No existe el miembro con id {0} en esta asociación. Consulte los ids con "
                                       "«miembros listar».").format(miembro_id))
    return fila


def exigir_miembro_de_la_asociacion(contexto: Contexto, miembro_id: int) -> None:
    """Nada si el miembro es de la asociación; si no, un error que dice cómo ver los ids."""
    _miembro(contexto.db, miembro_id, contexto.asociacion_id)


# --- lo que una baja o una suspensión hace con los mandatos --------------------------------------------------

@dataclass
class MandatoAfectado:
    mandato_id: int
    organo: str
    cargo: str
    desde: date
    hasta: date | None            # como está hoy
    nuevo_hasta: date | None      # el día anterior a la baja; None si el mandato no se modifica
    en_nombre_de: str | None = None  # el asiento lo ocupa otro miembro en nombre de este

    def texto(self) -> str:
        """«Consejo — Titular desde el 01/12/2024 (hasta el 30/11/2026): termina el 31/05/2026»."""
        desde = formato.fecha(self.desde)
        periodo = (traducir("desde el {0}, hasta el {1}").format(desde, formato.fecha(self.hasta)) if self.hasta
                   else traducir("desde el {0}, sin fin").format(desde))
        quien = " " + traducir("(ocupado por {0} en su nombre)").format(self.en_nombre_de) if self.en_nombre_de else ""
        from ..dominio.organos import CARGOS   # los órganos, solo al describir un mandato

        cargo = traducir(CARGOS[self.cargo]) if self.cargo in CARGOS else self.cargo
        if self.nuevo_hasta is None:
            return traducir("{0} — {1} {2}{3}: empieza después; no se modifica (designe a otro miembro)").format(
                self.organo, cargo, periodo, quien)
        return traducir("{0} — {1} {2}{3}: termina el {4}").format(self.organo, cargo, periodo, quien,
                                                                    formato.fecha(self.nuevo_hasta))


@dataclass
class EfectoEnMandatos:
    """Qué mandatos termina registrar un estado (vista previa, y lo que terminó al registrarlo)."""
    miembro: str
    estado: str
    fecha: date
    terminan: list[MandatoAfectado] = field(default_factory=list)
    empiezan_despues: list[MandatoAfectado] = field(default_factory=list)
    articulo: str | None = None     # por qué una suspensión termina mandatos
    nota: str | None = None         # por qué no termina ninguno (suspensión sin artículo)
    cuota: str | None = None        # la baja: cómo quedó la cuota del año ya emitida (prorrateo de la escala)

    def lineas(self) -> list[str]:
        return [m.texto() for m in self.terminan + self.empiezan_despues]

    def resumen(self) -> str:
        """Una oración para la línea de órdenes o un aviso."""
        if self.nota:
            return self.nota
        baja = self.estado == "baja"
        fecha = formato.fecha(self.fecha)
        if not self.terminan and not self.empiezan_despues:
            if baja:
                return traducir("La baja no termina ningún mandato: {0} no tiene mandatos vigentes desde el {1}.").format(
                    self.miembro, fecha)
            return traducir("La suspensión no termina ningún mandato: {0} no tiene mandatos vigentes desde el {1}.").format(
                self.miembro, fecha)
        cita = f" ({self.articulo})" if self.articulo and not baja else ""
        sujeto = (traducir("La baja de {0}") if baja else traducir("La suspensión de {0}")).format(self.miembro) + cita
        despues = ""
        if self.empiezan_despues:
            n = len(self.empiezan_despues)
            despues = (traducir("1 mandato empieza después y no se modifica") if n == 1
                       else traducir("{0} mandatos empiezan después y no se modifican").format(n))
        if not self.terminan:   # entonces alguno empieza después
            return traducir("{0} no termina ningún mandato; {1}.").format(sujeto, despues)
        n, ultimo_dia = len(self.terminan), formato.fecha(self.fecha - timedelta(days=1))
        terminan = (traducir("termina 1 mandato el {0}").format(ultimo_dia) if n == 1
                    else traducir("termina {0} mandatos el {1}").format(n, ultimo_dia))
        if despues:
            return traducir("{0} {1} y {2}.").format(sujeto, terminan, despues)
        return f"{sujeto} {terminan}."


def _efecto(db: BaseDeDatos, miembro: dict, estado: str, fecha: date) -> EfectoEnMandatos:
    asociacion = tabla_asociaciones.articulo_suspension_mandatos(db, miembro["asociacion_id"])
    articulo = asociacion[0] if asociacion else None
    efecto = EfectoEnMandatos(miembro["nombre"], estado, fecha, articulo=articulo)
    if not estado_termina_mandatos(estado, articulo):
        if estado == "suspendido":
            efecto.nota = segun_la_puerta(
                ventana=traducir("La suspensión no termina mandatos: el estatuto no lo dice (si lo dice, anote el "
                                 "artículo en el menú Archivo, «Datos de la asociación…», pestaña «Admisión y "
                                 "cuotas»)."),
                linea=traducir("La suspensión no termina mandatos: el estatuto no lo dice (si lo dice, anote el "
                               "artículo con «escritorio miembros suspension-mandatos --articulo …»)."))
        return efecto
    filas = tabla_organos.mandatos_de_miembro(db, miembro["asociacion_id"], miembro["id"])
    for mandato_id, organo, cargo, desde, hasta, en_nombre in filas:
        desde, hasta = date.fromisoformat(desde), date.fromisoformat(hasta) if hasta else None
        que, nuevo_hasta = fin_de_mandato(desde, hasta, fecha)
        afectado = MandatoAfectado(mandato_id, organo, cargo, desde, hasta, nuevo_hasta, en_nombre)
        if que == "termina":
            efecto.terminan.append(afectado)
        elif que == "empieza_despues":
            efecto.empiezan_despues.append(afectado)
    return efecto


def mandatos_que_terminan(db: BaseDeDatos, miembro_id: int, estado: str, fecha: date,
                          asociacion_id: int | None = None) -> EfectoEnMandatos:
    """Vista previa: qué mandatos terminaría registrar `estado` desde `fecha` (no escribe nada)."""
    return _efecto(db, _miembro(db, miembro_id, asociacion_id), estado, fecha)


def articulo_de_suspension_de_mandatos(contexto: Contexto) -> str | None:
    """El artículo por el que una suspensión termina los mandatos (`fijar_suspension_de_mandatos`); None si no hay."""
    fila = tabla_asociaciones.articulo_suspension_mandatos(contexto.db, contexto.asociacion_id)
    return fila[0] if fila else None


def fijar_suspension_de_mandatos(contexto: Contexto, articulo: str | None) -> None:
    """El artículo del estatuto por el que una suspensión termina los mandatos del miembro; sin artículo (None o
    vacío), la suspensión no toca los mandatos (solo la baja los termina)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    try:
        articulo = entrada.texto_opcional(articulo, maximo=entrada.LARGO_CORTO)
    except ValueError as error:
        raise ErrorValidacion(traducir("No se cambió la regla. Artículo: {0}.").format(error),
                              [traducir("Artículo: {0}.").format(error)]) from None
    with transaccion(db):
        if not tabla_asociaciones.fijar_articulo_suspension_mandatos(db, asociacion_id, articulo):
            raise ErrorEscritorio(traducir("No existe la asociación {0}.").format(asociacion_id))


def _motivo_de_correccion(efecto: EfectoEnMandatos, motivo: str) -> str:
    if efecto.estado == "baja":
        inicio = f"Baja del miembro el {formato.fecha(efecto.fecha)}: "
    else:
        inicio = f"Suspensión del miembro el {formato.fecha(efecto.fecha)} ({efecto.articulo}): "
    lugar = entrada.LARGO_CORTO - len(inicio)
    return inicio + (motivo if len(motivo) <= lugar else motivo[:lugar - 1] + "…")


def revisar_cambio_de_estado(db: BaseDeDatos, miembro_id: int, estado: str, desde: date, motivo: str,
                             asociacion_id: int | None = None) -> None:
    """Lanza ErrorValidacion (con `campos`) si el cambio de estado no se registraría; no escribe nada. La ventana la
    llama antes de preguntar qué mandatos terminarán, para no preguntar por algo que después se rechaza."""
    _revisar(db, miembro_id, estado, desde, motivo, asociacion_id)


def revisar_motivo_y_fecha(estado: str, desde: date, motivo: str,
                           por_resolucion: bool = False) -> tuple[str, dict[str, str]]:
    """(motivo revisado, errores por campo): lo que un cambio de estado exige sin mirar la base (el estado, el motivo
    y la fecha). Lo usan el cambio de estado y el alta en lote de un miembro que ya se fue (servicios.ficha)."""
    errores = {}
    if estado not in ESTADOS:
        errores["estado"] = traducir("Estado «{0}» desconocido; use {1}.").format(estado, ", ".join(ESTADOS))
    revision = Revision()
    if entrada.es_vacio(motivo):
        errores["motivo"] = traducir("Indique el motivo (por ejemplo: «Renuncia presentada por nota»).")
    else:
        motivo = revision.texto(traducir("Motivo"), motivo, maximo=entrada.LARGO_CORTO, clave="motivo")
    # Una baja se registra cuando ocurrió (no por adelantado); una suspensión se puede programar.
    # Una baja que decide una resolución (una exclusión) rige desde la fecha que ella dice, aunque sea futura.
    revision.fecha(traducir("Fecha"), desde, historica=True, futura=estado != "baja" or por_resolucion, clave="desde")
    errores.update(revision.campos)
    return motivo, errores


def anterior_al_ingreso(desde: date, fecha_ingreso: str | None) -> str | None:
    """El problema de un estado con fecha anterior al ingreso del miembro (AAAA-MM-DD); None si no lo es."""
    if fecha_ingreso and desde.isoformat() < fecha_ingreso:
        return traducir("La fecha es anterior al ingreso del miembro ({0}).").format(_dma(fecha_ingreso))
    return None


def _revisar(db: BaseDeDatos, miembro_id: int, estado: str, desde: date, motivo: str,
             asociacion_id: int | None, por_resolucion: bool = False) -> tuple[dict, str]:
    """Las reglas de un cambio de estado: devuelve el miembro y el motivo revisado, o lanza ErrorValidacion."""
    motivo, errores = revisar_motivo_y_fecha(estado, desde, motivo, por_resolucion)
    miembro = _miembro(db, miembro_id, asociacion_id)
    ultimo = tabla_miembros.ultimo_estado(db, miembro_id)
    if "desde" in errores:
        pass
    elif ultimo and ultimo[0] == SOLICITANTE and estado != "baja":
        # Solo la resolución de un punto de admisión aprobado admite (servicios.efectos); a mano, la solicitud
        # solo se retira (baja).
        errores["estado"] = traducir(
            "{0} es una ciudad solicitante: la admite la resolución de un punto de admisión aprobado (escritorio "
            "sesiones resolucion PUNTO --admite {1}), no un cambio de estado. Si retiró la solicitud, regístrela "
            "como baja.").format(miembro["nombre"], miembro_id)
    elif anterior_al_ingreso(desde, miembro["fecha_ingreso"]):
        errores["desde"] = anterior_al_ingreso(desde, miembro["fecha_ingreso"])
    elif ultimo and desde.isoformat() < ultimo[1]:
        errores["desde"] = traducir(
            "{0} figura como {1} desde el {2}; un cambio con fecha anterior no tendría efecto. Use esa fecha o una "
            "posterior (si el alta se cargó con fecha equivocada, corrija primero la fecha de ingreso).").format(
            miembro["nombre"], traducir(ESTADOS_REGISTRADOS[ultimo[0]]).lower(), _dma(ultimo[1]))
    if errores:
        raise ErrorValidacion(traducir("No se registró el cambio de estado:") + "\n"
                              + "\n".join(f"  - {m}" for m in errores.values()), campos=errores)
    return miembro, motivo


def cambiar_estado(db: BaseDeDatos, miembro_id: int, estado: str, desde: date, motivo: str,
                   asociacion_id: int | None = None, *, confirmados: set[int] | None = None,
                   por_resolucion: bool = False, exclusion: bool = False) -> EfectoEnMandatos:
    """Registra un estado con fecha (activo, suspendido, baja). La historia nunca se borra.

    La historia se escribe hacia adelante: un estado anterior al último registrado no tendría efecto
    y se rechaza con una explicación.

    Una baja (y una suspensión, si la asociación anotó el artículo que lo dice) termina en la misma transacción los
    mandatos del miembro el día anterior; devuelve lo que terminó (y, en `cuota`, cómo quedó la cuota del año;
    `exclusion`: la baja es la de una resolución que excluye, servicios.cuotas.ajustar_cuota_por_baja).
    `confirmados`: los ids de mandatos que la persona vio en la vista previa y confirmó; si dentro de la transacción
    son otros, no se registra nada.
    """
    with transaccion(db):  # el último estado se lee con la base tomada: otra ventana pudo registrar uno recién
        miembro, motivo = _revisar(db, miembro_id, estado, desde, motivo, asociacion_id, por_resolucion)
        efecto = _efecto(db, miembro, estado, desde)
        if confirmados is not None and confirmados != {m.mandato_id for m in efecto.terminan}:
            lista = "\n".join(f"  - {m.texto()}" for m in efecto.terminan) or "  " + traducir("(ninguno)")
            raise ErrorEscritorio(traducir(
                "No se registró el cambio de estado: mientras lo confirmaba, otro programa cambió los mandatos de "
                "{0}. Ahora terminarían:\n{1}\nRevise la lista y confirme de nuevo.").format(miembro["nombre"], lista))
        tabla_miembros.insertar_estado(db, miembro_id, estado, desde.isoformat(), motivo.strip())
        if estado == "baja":  # la cuota del año ya emitida, si la escala cobra hasta el mes de la baja
            from .cuotas import ajustar_cuota_por_baja   # las cuotas (10 ms de módulos) no hacen falta para abrir

            efecto.cuota = ajustar_cuota_por_baja(Contexto(db, miembro["asociacion_id"]), miembro_id, desde,
                                                  exclusion=exclusion)
        if efecto.terminan:
            from .mandatos import corregir_mandato   # solo si el cambio de estado termina mandatos

            texto = _motivo_de_correccion(efecto, motivo.strip())
            for mandato in efecto.terminan:
                corregir_mandato(Contexto(db, miembro["asociacion_id"]), mandato.mandato_id, "hasta",
                                 mandato.nuevo_hasta, texto)
        return efecto


def dar_de_baja(db: BaseDeDatos, miembro_id: int, fecha: date, motivo: str, asociacion_id: int | None = None, *,
                confirmados: set[int] | None = None) -> EfectoEnMandatos:
    """Un miembro se va con una baja fechada, nunca borrándolo; sus mandatos terminan el día anterior."""
    return cambiar_estado(db, miembro_id, "baja", fecha, motivo, asociacion_id, confirmados=confirmados)


def _dma(iso: str) -> str:
    return formato.fecha(iso)


# Lo que un miembro acumula después de su alta. Con algo de esto no se borra: se da de baja (la historia queda).
# tabla -> (singular, plural); qué fila de cada tabla cita al miembro lo dice datos.miembros.historia_posterior_al_alta.
_HISTORIA = {
    "poblaciones": ("cifra de población anterior", "cifras de población anteriores"),
    "estados_miembro": ("cambio de estado", "cambios de estado"),
    "calidades_miembro": ("calidad registrada (pleno u observador)", "calidades registradas (pleno u observador)"),
    "integrantes_de_grupo": ("lugar en un grupo de una agrupación", "lugares en grupos de agrupaciones"),
    "valores_indicador": ("valor de un indicador", "valores de indicadores"),
    "autoridades": ("autoridad anterior", "autoridades anteriores"),
    "cargos": ("cargo de cuotas", "cargos de cuotas"),
    "pagos": ("pago", "pagos"),
    "exenciones": ("exención", "exenciones"),
    "mandatos": ("mandato", "mandatos"),
    "orden_sucesion": ("lugar en un orden de sucesión", "lugares en órdenes de sucesión"),
    "actividades": ("actividad a su cargo", "actividades a su cargo"),
    "asistencias": ("asistencia a una sesión", "asistencias a sesiones"),
    "habilitados_votacion": ("votación", "votaciones"),
    "firmantes_declaracion": ("firma de una declaración", "firmas de declaraciones"),
    "candidaturas": ("candidatura", "candidaturas"),
    "votos_eleccion": ("voto en una elección", "votos en elecciones"),
    "efectos_resolucion": ("decisión de una resolución sobre el miembro", "decisiones de resoluciones sobre el miembro"),
    "partes_convenio": ("convenio del que es parte", "convenios de los que es parte"),
    "mensajes": ("mensaje de correo enviado", "mensajes de correo enviados"),
}


def historia_del_miembro(db: BaseDeDatos, miembro_id: int) -> list[str]:
    """Lo que el miembro tiene además de su alta, como se lee: «3 pagos», «1 mandato». Vacía si no tiene nada."""
    partes = []
    for tabla_, cantidad in tabla_miembros.historia_posterior_al_alta(db, miembro_id).items():
        if cantidad > 0:
            partes.append(f"{cantidad} {traducir(_HISTORIA[tabla_][0 if cantidad == 1 else 1])}")
    return partes


def puede_eliminarse(db: BaseDeDatos, miembro_id: int) -> tuple[bool, str]:
    """Si el miembro se puede borrar por completo (un alta hecha por error, sin historia) y, si no, por qué.

    La misma regla la usan el botón «Eliminar (alta por error)» (se deshabilita y dice el motivo) y el borrado."""
    miembro = _miembro(db, miembro_id)
    historia = historia_del_miembro(db, miembro_id)
    if historia:
        return False, traducir("«{0}» tiene historia ({1}): no se puede borrar. Si deja la asociación, use «Dar de "
                               "baja» con fecha y motivo.").format(miembro["nombre"], ", ".join(historia))
    return True, ""


def eliminar_por_error(db: BaseDeDatos, miembro_id: int) -> None:
    """Borrado real, solo para un alta hecha por error y sin ninguna historia posterior (`puede_eliminarse`)."""
    with transaccion(db):  # la historia se cuenta con la base tomada: el borrado arrastraría lo agregado entre medio
        se_puede, motivo = puede_eliminarse(db, miembro_id)
        if not se_puede:
            raise ErrorEscritorio(motivo)
        tabla_miembros.borrar(db, miembro_id)
