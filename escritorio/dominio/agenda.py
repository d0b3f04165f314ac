"""Próximos pasos: qué le toca hacer a la secretaría, con su fecha, su urgencia y adónde se va a hacerlo.

Aquí, lo puro: el paso (`Paso`) y su acción (`Accion`), las bandas de urgencia con `hoy` (para que una prueba fije el
día), el horizonte y las fechas de la agenda. Lo que lee la base y arma cada paso está en `servicios/agenda*.py`; la
ventana lleva cada acción a su lugar (`interfaz/agenda.py`) y la línea de órdenes la escribe como orden
(`cli/agenda.py`).

Las bandas son ventanas que corren con el día, no semanas ni meses del calendario (un lunes y un domingo ven lo mismo
a siete días):

- **Atrasado**: la fecha ya pasó (el día mismo todavía está a tiempo: «a más tardar el 15/03» vale el 15/03).
- **Esta semana**: de hoy a seis días después (siete días, hoy incluido).
- **Este mes**: de siete a treinta días después.
- **Más adelante**: después, o sin plazo que lo fije (un acta de un órgano sin frecuencia ni sesión convocada).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .organos import proxima_sesion_a_mas_tardar

ATRASADO, ESTA_SEMANA, ESTE_MES, MAS_ADELANTE = "atrasado", "esta_semana", "este_mes", "mas_adelante"
# En el orden en que se muestran; las etiquetas, en castellano (se traducen donde se escriben).
URGENCIAS = {ATRASADO: "Atrasado", ESTA_SEMANA: "Esta semana", ESTE_MES: "Este mes", MAS_ADELANTE: "Más adelante"}
DIAS_DE_LA_SEMANA = 7      # hoy y los seis siguientes
DIAS_DEL_MES = 30          # hasta treinta días después de hoy

# Cuántos días mira la agenda si no se pide otra cosa: un trimestre. Alcanza para ver la convocatoria de un órgano
# que se reúne cada seis meses (se prepara con semanas) y la emisión del año que viene desde comienzos de octubre.
HORIZONTE = 90
HORIZONTE_MAXIMO = 3660    # diez años, como los demás «--dias» del programa

# Las clases de paso (la primera columna de la agenda), con su etiqueta en castellano.
CLASES = {"sesion": "Sesión", "acta": "Acta", "mandato": "Mandato", "eleccion": "Elección", "cuota": "Cuotas",
          "aviso": "Avisos de cobro", "correo": "Correo", "convenio": "Convenio", "datos": "Datos personales"}

# Lo que se hace con un paso: la ventana lleva cada una a un lugar (interfaz/agenda.py) y la línea de órdenes la
# escribe como una orden (cli/agenda.py). Una fuente nueva que necesita otra acción la agrega aquí y en esos dos.
# Un paso propone solo lo que se puede hacer en el estado de la asociación (issue 66): la fuente lo decide con la
# misma regla que el servicio que lo hace (un traspaso sin a quién traspasar es una designación; el punto que aprueba
# un acta en una sesión sin quórum todavía, esa sesión), y tests/escenarios/test_agenda_que_se_puede_hacer.py corre
# cada orden propuesta con --simular en redes de formas distintas.
ACCIONES = frozenset({
    "convocar",             # convocar una sesión del órgano (organo_id, organo, fecha sugerida)
    "preparar_sesion",      # una sesión convocada que viene: abrirla, su orden del día (sesion_id)
    "enviar_convocatoria",  # mandar por correo la convocatoria de una sesión convocada (sesion_id)
    "registrar_sesion",     # una sesión convocada cuyo día pasó: registrarla celebrada o suspendida (sesion_id)
    "redactar_acta",        # escribir el borrador del acta (sesion_id)
    "aprobar_acta",         # llevar el acta a su aprobación (sesion_id; otra_sesion_id, resolucion_id si los hay)
    "adoptar_resolucion",   # el punto que aprueba el acta ya se votó: adoptar su resolución (sesion_id,
                            # otra_sesion_id: la del punto, punto_id)
    "firmar_acta",          # firmar el acta aprobada (sesion_id)
    "traspaso",             # traspasar la Secretaría Ejecutiva (organo_id, fecha del traspaso; con_motivo si el
                            # saliente no cumple su período)
    "mandatos",             # designar a quienes siguen en un órgano (organo_id, organo, cargo, fecha desde); también
                            # a quien ejerce la Secretaría Ejecutiva cuando no hay a quién traspasarla
    "unidades",             # designar la coordinación de las unidades temáticas (cargo, fecha desde)
    "cerrar_eleccion",      # registrar el recuento de una elección de una sesión celebrada (sesion_id, punto_id)
    "confirmar_eleccion",   # confirmar una elección cerrada: sus mandatos (sesion_id, punto_id)
    "emitir",               # emitir las cuotas anuales de un año (anio)
    "cargos",               # los cargos de un año que vencen, por cobrar (anio)
    "avisos",               # preparar los avisos de cobro que tocan (fecha de corte)
    "bandeja",              # la bandeja de salida: enviar lo que espera
    "por_confirmar",        # la bandeja de salida: resolver lo que quedó «por confirmar»
    "convenio",             # un convenio que vence, que hay que denunciar o con una obligación (referencia: su id)
    "solicitud_de_datos",   # responder una solicitud sobre datos personales (referencia: su id; derecho)
    "conservacion",         # suprimir los datos que ya no hace falta conservar (contactos de bajas, rebotes)
    # Los primeros pasos de una asociación nueva (dominio/primeros_pasos.py):
    "cargar_estatuto",      # cargar el texto del estatuto
    "crear_organo",         # crear un órgano
    "escala",               # definir la escala de cuotas
    "importar_miembros",    # importar los miembros de una planilla
    "cuenta_correo",        # configurar la cuenta de correo
    "direccion_publica",    # fijar la dirección pública de verificación
})


@dataclass(frozen=True)
class Accion:
    """Lo que hay que hacer con un paso y con qué: `que` es una de `ACCIONES`; el resto, lo que la acción necesita
    (los ids para abrir el lugar, el nombre del órgano para escribir la orden, la fecha que se sugiere)."""

    que: str
    organo_id: int | None = None
    organo: str | None = None
    sesion_id: int | None = None
    otra_sesion_id: int | None = None   # la sesión en que se aprueba (o se aprobó) el acta de `sesion_id`
    punto_id: int | None = None
    resolucion_id: int | None = None
    anio: int | None = None
    fecha: date | None = None
    cargo: str | None = None            # el cargo de los mandatos que se renuevan
    referencia: int | None = None       # el id de lo que nombre una fuente que no es ninguna de las anteriores
    derecho: str | None = None          # de una solicitud sobre datos personales: acceso, supresión…
    con_motivo: bool = False            # pide un motivo (un traspaso antes de que el saliente cumpla su período)

    def __post_init__(self):
        if self.que not in ACCIONES:
            raise ValueError(f"Acción desconocida: {self.que!r} (las válidas: {', '.join(sorted(ACCIONES))})")


@dataclass(frozen=True)
class Paso:
    """Un paso de la agenda. `fecha` es el plazo (a más tardar) o el día en que toca; None si nada lo fija.
    `texto` es una línea en el idioma en curso, con sus números y fechas de `dominio.formato`; `detalle`, lo que no
    cabe en ella (quiénes, qué artículo). `urgencia` la pone `agenda()` con el mismo `hoy` para todos: una fuente la
    deja vacía."""

    clase: str
    fecha: date | None
    texto: str
    accion: Accion
    detalle: tuple[str, ...] = ()
    urgencia: str = ""
    # Desde cuántos días antes de `fecha` el paso ya es de «Esta semana» aunque falte más (el aviso que fijó la
    # asociación: una solicitud de datos personales con 30 días de plazo se vuelve urgente 10 días antes).
    aviso_dias: int = 0

    def __post_init__(self):
        if self.clase not in CLASES:
            raise ValueError(f"Clase de paso desconocida: {self.clase!r} (las válidas: {', '.join(CLASES)})")


def urgencia(fecha: date | None, hoy: date) -> str:
    """La banda de un plazo visto desde `hoy` (ver el docstring del módulo)."""
    if fecha is None:
        return MAS_ADELANTE
    dias = (fecha - hoy).days
    if dias < 0:
        return ATRASADO
    if dias < DIAS_DE_LA_SEMANA:
        return ESTA_SEMANA
    if dias <= DIAS_DEL_MES:
        return ESTE_MES
    return MAS_ADELANTE


def hasta(hoy: date, dias: int) -> date:
    """El último día que mira una agenda de `dias` días desde `hoy`."""
    return hoy + timedelta(days=dias)


def en_el_horizonte(fecha: date | None, hoy: date, dias: int) -> bool:
    """Lo atrasado y lo que no tiene plazo siempre se ve; lo demás, si su fecha cae dentro de los `dias` días."""
    return fecha is None or fecha <= hasta(hoy, dias)


def convocar_a_mas_tardar(sesion: date, anticipacion_dias: int | None) -> date:
    """El último día para convocar una sesión del día `sesion` con la anticipación que pide el órgano (la misma regla
    que `servicios.sesiones.convocatoria.anticipacion`: días entre la convocatoria y la sesión ≥ los pedidos). Sin anticipación
    exigida, el mismo día."""
    return sesion - timedelta(days=anticipacion_dias or 0)


def limite_de_la_sesion(ultima_ordinaria: date | None, frecuencia_meses: int | None) -> date | None:
    """Hasta cuándo puede celebrarse la próxima sesión ordinaria de un órgano que se reúne cada `frecuencia_meses`:
    el mismo día, tantos meses después de la última (la regla de `dominio.organos.sesion_atrasada`). None si el órgano
    no tiene frecuencia o nunca sesionó (un órgano recién cargado no está atrasado)."""
    if not frecuencia_meses or ultima_ordinaria is None:
        return None
    return proxima_sesion_a_mas_tardar(ultima_ordinaria, frecuencia_meses)


def _clave(paso: Paso) -> tuple:
    return (list(URGENCIAS).index(paso.urgencia), paso.fecha is None, paso.fecha or date.max)


def _urgencia_del_paso(paso: Paso, hoy: date) -> str:
    banda = urgencia(paso.fecha, hoy)
    if paso.aviso_dias and paso.fecha is not None and 0 <= (paso.fecha - hoy).days <= paso.aviso_dias:
        return ESTA_SEMANA if banda in (ESTE_MES, MAS_ADELANTE) else banda
    return banda


def ordenar(pasos: Iterable[Paso], hoy: date) -> list[Paso]:
    """Cada paso con su urgencia, lo atrasado primero y después por fecha (lo que no tiene plazo, al final); a igual
    fecha, en el orden en que llegaron (el de las fuentes)."""
    con_urgencia = [replace(p, urgencia=_urgencia_del_paso(p, hoy)) for p in pasos]
    return sorted(con_urgencia, key=_clave)
