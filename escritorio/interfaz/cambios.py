"""Qué cambió: una sola notificación para toda la ventana, por «temas» del dominio.

Cada área, al guardar, dice qué temas tocó (`datos_cambiados.emit({"pagos"})`); cada área declara en `MUESTRA` los
temas que muestra y se invalida sola cuando cambia uno de ellos. Así ninguna tabla cableada a mano decide quién
refresca a quién: un área nueva solo declara lo suyo.

    cambios = Cambios()
    cambios.conectar(vista)                 # lo que emite la vista llega a todas; se invalida con sus temas
    cambios.suscribir(TODO, funcion)        # la ventana: título, Inicio, barra de estado
    cambios.avisar(TODO)                    # otro programa escribió en la base: todo puede haber cambiado
"""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

TEMAS = frozenset({"asociacion", "miembros", "pagos", "cargos", "organos", "mandatos", "normas", "sesiones"})
TODO = TEMAS

# De qué tema es cada tabla de la base (lo usan las pruebas para comprobar que cada área se suscribe a lo que lee).
# Las que no están son internas (bitácora, migraciones, identidad, registro de documentos emitidos y firmas, y los
# cambios para deshacer, `cambios_reversibles`: el menú Edición los lee cada vez que se abre).
TABLAS = {
    "asociacion": ("asociaciones", "paises_asociacion", "categorias_pais"),
    "miembros": ("miembros", "contactos", "estados_miembro", "poblaciones"),
    "pagos": ("pagos", "imputaciones", "recibos"),
    "cargos": ("cargos", "escalas", "tramos", "exenciones", "avisos", "lotes_avisos"),
    "organos": ("organos", "reglas_composicion", "reglas_quorum", "orden_sucesion", "actividades"),
    "mandatos": ("mandatos", "correcciones_mandato", "autoridades", "elecciones", "candidaturas", "votos_eleccion"),
    "normas": ("normas", "versiones_articulo", "reformas", "fe_de_erratas"),
    "sesiones": ("sesiones", "asistencias", "invitados", "puntos_orden", "votaciones", "habilitados_votacion",
                 "actas", "resoluciones", "firmantes_declaracion", "sesiones_de_viaje", "efectos_resolucion",
                 "adherentes_declaracion", "puntos_aprobacion_acta"),
}
# La ficha de un miembro (desde Miembros o desde Cuotas) guarda datos, contactos, bajas (terminan mandatos),
# eliminaciones y pagos (pestaña Cuenta); solo dice si guardó algo, así que se avisa todo eso.
FICHA_DE_MIEMBRO = frozenset({"miembros", "mandatos", "pagos", "cargos"})
TEMA_DE_TABLA = {tabla: tema for tema, tablas in TABLAS.items() for tabla in tablas}


def temas_de_tablas(tablas: Iterable[str]) -> frozenset[str]:
    """Los temas que tocan los cambios de `tablas` (lo que otro guardó); "*" (no se sabe cuáles) son todos."""
    tablas = frozenset(tablas)
    if "*" in tablas:
        return TODO
    return frozenset(TEMA_DE_TABLA[t] for t in tablas if t in TEMA_DE_TABLA)


def temas(valores: Iterable[str]) -> frozenset[str]:
    """Los temas de `valores`, comprobados: un nombre mal escrito es un error del programa, no un aviso perdido."""
    conjunto = frozenset(valores)
    desconocidos = conjunto - TEMAS
    if desconocidos:
        raise ValueError(f"Temas desconocidos: {', '.join(sorted(desconocidos))} (los válidos: {', '.join(sorted(TEMAS))})")
    return conjunto


class Cambios(QObject):
    """Emite `cambio(frozenset[str])` con los temas que se tocaron. `origen` es, mientras se emite, quién guardó
    (None si fue otro programa): esa área ya se recargó y no se invalida de nuevo."""

    cambio = Signal(object)

    def __init__(self, padre: QObject | None = None):
        super().__init__(padre)
        self.origen: object | None = None
        self.suscriptos: dict[object, frozenset[str]] = {}

    def avisar(self, cambiados: Iterable[str], origen: object | None = None) -> None:
        conjunto = temas(cambiados)
        if not conjunto:
            return
        anterior, self.origen = self.origen, origen
        try:
            self.cambio.emit(conjunto)
        finally:
            self.origen = anterior

    def suscribir(self, interesan: Iterable[str], funcion: Callable[[], object], quien: object | None = None) -> None:
        """`funcion()` cada vez que cambie alguno de los temas `interesan` (salvo si lo cambió `quien` mismo)."""
        interesan = temas(interesan)
        self.suscriptos[quien if quien is not None else funcion] = interesan

        def al_cambiar(cambiados: frozenset[str]) -> None:
            if cambiados & interesan and (quien is None or self.origen is not quien):
                funcion()

        self.cambio.connect(al_cambiar)

    def conectar(self, vista) -> None:
        """Una vista del área: lo que guarda (su `datos_cambiados`) se avisa a todas, y se invalida cuando otro
        cambia algo de lo que ella muestra (`vista.MUESTRA`)."""
        vista.datos_cambiados.connect(lambda cambiados: self.avisar(cambiados, origen=vista))
        self.suscribir(vista.MUESTRA, vista.invalidar, quien=vista)
