"""Una fila del padrón que se importa, validada: `validar_fila` la interpreta (o da todos sus problemas, cada uno con
su celda) y devuelve la `FilaMiembro`. Los encabezados y los problemas: importacion.py; lo que solo se ve con el
archivo entero (el orden de las fechas, los repetidos): archivo_importado.py.

Todo es puro: recibe valores ya leídos del archivo.
"""

from dataclasses import dataclass
from datetime import date

from . import entrada, formato, orden_de_fechas
from . import miembros as m
from .miembros import MODOS_INGRESO, TIPOS
from .paises import codigo_pais, pais_de_la_asociacion
from .texto import normalizar
from .ubicacion import en_el_cruce_del_ecuador, leer_coordenada, leer_par_de_coordenadas, motivo_del_cruce
from .traduccion import traducir
from .importacion import (COLUMNAS_FECHA, ENCABEZADO_DEL_CAMPO, ESTADOS_DESDE_TEXTO, LARGOS, LATITUD_Y_LONGITUD,
                          Mapeo, Problema, en_cada_idioma, letra_columna, rotulo_del_campo)

_MODOS_DESDE_TEXTO = {normalizar(v): k for k, v in m.MODOS_INGRESO.items()} | {
    "solicitud_propia": "solicitud_propia", "solicitud": "solicitud_propia", "designacion": "designacion"}


@dataclass
class FilaMiembro:
    """Una fila válida del archivo, con valores ya interpretados. None = celda vacía."""

    fila: int
    nombre: str
    pais: str
    poblacion: int
    region: str | None = None
    codigo: str | None = None
    anio_poblacion: int | None = None
    fuente: str | None = None
    tipo: str | None = None
    fecha_ingreso: date | None = None
    autoridad: str | None = None
    cargo: str | None = None
    correo: str | None = None
    telefono: str | None = None
    estado: str | None = None  # activo, suspendido, baja
    estado_desde: date | None = None
    estado_motivo: str | None = None
    fundador: bool | None = None
    modo_ingreso: str | None = None
    latitud: float | None = None   # dónde está en el mapa: las dos o ninguna
    longitud: float | None = None

    def clave(self) -> tuple[str, str, str]:
        return m.clave_emparejamiento(self.pais, self.region, self.nombre)


def _como_texto(valor: object) -> object:
    if isinstance(valor, float) and valor.is_integer():
        return int(valor)  # un código numérico leído de Excel: 4314902.0 -> "4314902"
    return valor


def validar_fila(numero: int, valores: tuple, mapeo: Mapeo, hoy: date,
                 paises: set[str] | frozenset[str] | None = None,
                 ordenes: dict[str, str] | None = None) -> tuple[FilaMiembro | None, list[Problema]]:
    """La fila interpretada, o todos sus problemas. Toda celda pasa antes por la regla única de lo que se
    escribe (dominio/entrada): ni caracteres de control o de dirección, ni saltos de línea, ni más largo que
    LARGOS. `paises`: los de la asociación; si tiene alguno, un miembro de otro país se rechaza. `ordenes`: por
    columna de fecha, "dma" o "mda" (decidido para el archivo entero, ver dominio/orden_de_fechas); sin él, dd/mm."""
    ordenes = ordenes or {}
    problemas: list[Problema] = []
    rechazadas: set[str] = set()
    leido: dict[str, object] = {}
    limpios: dict[str, str] = {}  # el texto ya pasado por la regla, para no pasarlo dos veces

    def problema(campo: str, valor: object, motivo: str) -> None:
        rechazadas.add(campo)
        problemas.append(Problema(motivo, numero, letra_columna(mapeo.indices[campo]), ENCABEZADO_DEL_CAMPO[campo], valor))

    indices, largo = mapeo.indices, len(valores)

    def bruto(campo: str) -> object:
        indice = indices.get(campo)
        return valores[indice] if indice is not None and indice < largo else None

    def celda(campo: str) -> object:
        """El valor de la celda; None si está vacía o si no se puede escribir (queda informado)."""
        indice = indices.get(campo)
        crudo = valores[indice] if indice is not None and indice < largo else None
        if crudo is None:  # m.esta_vacio, en línea: se llama dos veces por celda
            return None
        if isinstance(crudo, str):
            if not crudo.strip():
                return None
            try:
                limpios[campo] = entrada.texto(crudo, maximo=LARGOS[campo])
            except ValueError as error:
                problema(campo, crudo, str(error))
                return None
        return crudo

    def texto(campo: str) -> str | None:
        valor = celda(campo)
        if valor is None:
            return None
        limpio = limpios.get(campo)
        if limpio is None:
            try:  # un número o una fecha de Excel en una columna de texto pasa por la misma regla
                limpio = entrada.texto(_como_texto(valor), maximo=LARGOS[campo])
            except ValueError as error:
                problema(campo, valor, str(error))
                return None
        # Espacios seguidos o de otro ancho (el de no separación de Excel) quedan como uno solo.
        return " ".join(limpio.split())

    leido["nombre"] = texto("nombre")
    if m.esta_vacio(bruto("nombre")):
        problema("nombre", None, traducir("está vacío; cada miembro necesita un nombre"))
    _validar_pais(celda, bruto, problema, leido, paises)
    _validar_cifras_y_fechas(celda, bruto, problema, leido, hoy, ordenes)
    _validar_tipo_y_correo(celda, problema, leido)
    for campo in ("region", "codigo", "fuente", "autoridad", "cargo", "telefono", "estado_motivo"):
        leido[campo] = texto(campo)
    if leido["cargo"] and not leido["autoridad"] and "autoridad" not in rechazadas:
        problema("cargo", leido["cargo"],
                 traducir("hay un cargo pero falta el nombre de la autoridad en la columna Autoridad"))
    _validar_estado(celda, problema, leido, rechazadas)
    _validar_fundador_y_modo(celda, problema, leido)
    _validar_ubicacion(celda, bruto, problema, leido, mapeo)

    if problemas:
        return None, problemas
    return FilaMiembro(fila=numero, **leido), []


def _validar_pais(celda, bruto, problema, leido: dict, paises) -> None:
    """El país: obligatorio, reconocido (código ISO o nombre) y, si la asociación ya tiene países, uno de ellos."""
    crudo = celda("pais")
    pais = None if crudo is None else codigo_pais(crudo)
    if m.esta_vacio(bruto("pais")):
        problema("pais", None, traducir("está vacío"))
    elif crudo is not None and pais is None:
        problema("pais", crudo, traducir("no es un país reconocido; use el código ISO de dos letras (AR, BR…) o su "
                                         "nombre"))
    elif pais is not None:
        try:  # la misma regla que la ficha del miembro: solo países de la asociación (si ya cargó alguno)
            pais_de_la_asociacion(pais, paises or ())
        except ValueError as error:
            problema("pais", crudo, str(error))
    leido["pais"] = pais


def _validar_cifras_y_fechas(celda, bruto, problema, leido: dict, hoy: date, ordenes: dict[str, str]) -> None:
    """La población (obligatoria), su año y las fechas (de ingreso y del estado), cada una en el orden decidido."""
    crudo = celda("poblacion")
    if crudo is not None or m.esta_vacio(bruto("poblacion")):
        try:
            leido["poblacion"] = m.leer_poblacion(crudo)
        except ValueError as error:
            problema("poblacion", crudo, traducir("la población {0}").format(error))

    crudo = celda("anio_poblacion")
    if crudo is not None:
        try:
            leido["anio_poblacion"] = m.leer_anio(crudo, hoy)
        except ValueError as error:
            problema("anio_poblacion", crudo, str(error))
    for campo in COLUMNAS_FECHA:
        crudo = celda(campo)
        if crudo is not None:
            try:
                leido[campo] = m.leer_fecha(orden_de_fechas.a_dma(crudo, ordenes.get(campo, "dma")), hoy)
            except ValueError as error:
                problema(campo, crudo, str(error))


def _validar_tipo_y_correo(celda, problema, leido: dict) -> None:
    crudo = celda("tipo")
    if crudo is not None:
        tipo = m.tipo_desde_texto(crudo) or en_cada_idioma().tipos.get(normalizar(crudo))
        if tipo is None:
            problema("tipo", crudo, traducir("no es un tipo conocido; use {0}").format(
                ", ".join(traducir(TIPOS[clave]) for clave in TIPOS)))
        leido["tipo"] = tipo

    crudo = celda("correo")
    if crudo is not None:
        try:
            leido["correo"] = m.leer_correo(crudo)
        except ValueError as error:
            problema("correo", crudo, str(error))


def _validar_fundador_y_modo(celda, problema, leido: dict) -> None:
    """Si es fundador (Sí o No, en cada idioma, o el VERDADERO de Excel) y cómo ingresó."""
    crudo = celda("fundador")
    if crudo is not None:
        valor = crudo if isinstance(crudo, bool) else normalizar(_como_texto(crudo))  # VERDADERO de Excel
        if isinstance(valor, bool):
            leido["fundador"] = valor
        elif valor in en_cada_idioma().si or valor in en_cada_idioma().no:
            leido["fundador"] = valor in en_cada_idioma().si
        else:
            problema("fundador", crudo, traducir("no se entiende; escriba Sí (es fundador) o No"))
    crudo = celda("modo_ingreso")
    if crudo is not None:
        modo = _MODOS_DESDE_TEXTO.get(normalizar(crudo)) or en_cada_idioma().modos.get(normalizar(crudo))
        if modo is None:
            problema("modo_ingreso", crudo, traducir("no es un modo de ingreso conocido; use {0} o {1}").format(
                *(traducir(MODOS_INGRESO[clave]) for clave in MODOS_INGRESO)))
        leido["modo_ingreso"] = modo


def _validar_ubicacion(celda, bruto, problema, leido: dict, mapeo: Mapeo) -> None:
    """Latitud y Longitud (las dos o ninguna), o Coordenadas con las dos: grados decimales con las reglas de la
    ficha (dominio/ubicacion)."""
    if "coordenadas" in mapeo.indices:
        crudo = celda("coordenadas")
        if crudo is not None:
            try:
                leido["latitud"], leido["longitud"] = leer_par_de_coordenadas(crudo)
            except ValueError as error:
                problema("coordenadas", crudo, str(error))
        return
    if "latitud" not in mapeo.indices or "longitud" not in mapeo.indices:
        return
    crudos = {campo: celda(campo) for campo in LATITUD_Y_LONGITUD}
    vacias = [campo for campo in crudos if crudos[campo] is None and m.esta_vacio(bruto(campo))]
    if len(vacias) == 1:
        [otra] = [campo for campo in LATITUD_Y_LONGITUD if campo not in vacias]
        problema(vacias[0], None, traducir("está vacía y la {0} no: la ubicación necesita las dos (o deje las dos "
                                           "vacías)").format(rotulo_del_campo(otra).lower()))
        return
    for campo, crudo in crudos.items():
        if crudo is not None:
            try:
                leido[campo] = leer_coordenada(crudo, campo)
            except ValueError as error:
                problema(campo, crudo, str(error))
    if en_el_cruce_del_ecuador(leido.get("latitud"), leido.get("longitud")):
        problema("latitud", crudos["latitud"], motivo_del_cruce())


def _validar_estado(celda, problema, leido: dict, rechazadas: set[str]) -> None:
    """Estado, Estado desde y Motivo del estado: un miembro suspendido o de baja necesita la fecha y el motivo
    (las mismas reglas que «miembros baja»); la fecha no puede ser anterior al ingreso."""
    crudo = celda("estado")
    estado = None
    if crudo is not None:
        estado = ESTADOS_DESDE_TEXTO.get(normalizar(crudo)) or en_cada_idioma().estados.get(normalizar(crudo))
        if estado is None:
            problema("estado", crudo, traducir("no es un estado de miembro; use Activo, Suspendido o Baja (si esta "
                                               "columna trae la región —un estado de Brasil o de México—, titúlela "
                                               "«Región»)"))
            return
    leido["estado"] = estado
    if estado is None:
        if leido.get("estado_desde") is not None:
            problema("estado_desde", celda("estado_desde"),
                     traducir("hay una fecha de estado pero la columna Estado está vacía; escriba el estado (Activo, "
                              "Suspendido o Baja) o borre esta celda"))
        if leido.get("estado_motivo") is not None:
            problema("estado_motivo", leido["estado_motivo"],
                     traducir("hay un motivo de estado pero la columna Estado está vacía; escriba el estado (Activo, "
                              "Suspendido o Baja) o borre esta celda"))
        return
    if estado == "solicitante" and "estado" not in rechazadas:
        # Una ciudad que pidió ingresar: su fecha de solicitud en «Estado desde» (si falta, hoy); sin fecha de ingreso.
        if leido.get("fecha_ingreso") is not None:
            problema("fecha_ingreso", celda("fecha_ingreso"), traducir(
                "una ciudad solicitante todavía no ingresó: borre la fecha de ingreso (la pone la resolución que la "
                "admite)"))
    elif estado != "activo" and "estado" not in rechazadas:
        suspendido = estado == "suspendido"   # si no, de baja
        if leido.get("estado_desde") is None and "estado_desde" not in rechazadas:
            problema("estado", crudo, traducir(
                "un miembro suspendido necesita la fecha desde la que lo está: escríbala en la columna «Estado desde» "
                "(dd/mm/aaaa)") if suspendido else traducir(
                "un miembro de baja necesita la fecha desde la que lo está: escríbala en la columna «Estado desde» "
                "(dd/mm/aaaa)"))
        if not leido.get("estado_motivo") and "estado_motivo" not in rechazadas:
            problema("estado", crudo, traducir(
                "un miembro suspendido necesita el motivo: escríbalo en la columna «Motivo del estado» (por ejemplo, "
                "«Renuncia presentada por nota»)") if suspendido else traducir(
                "un miembro de baja necesita el motivo: escríbalo en la columna «Motivo del estado» (por ejemplo, "
                "«Renuncia presentada por nota»)"))
    desde, ingreso = leido.get("estado_desde"), leido.get("fecha_ingreso")
    if desde and ingreso and desde < ingreso:
        problema("estado_desde", celda("estado_desde"),
                 traducir("es anterior a la fecha de ingreso ({0}); revise una de las dos").format(
                     formato.fecha(ingreso)))
