"""Qué cambió: una sola notificación para toda la ventana, por «temas» del dominio.

Ninguna área anuncia a mano lo que guardó. La oficina de la ventana (servicios/oficina.py) avisa, después de cada
escritura confirmada, qué tablas escribió (las de sus registros de la bitácora); `Cambios` las traduce a temas
(`TABLAS`) y cada área, que declara en `MUESTRA` los temas que muestra, se invalida sola cuando cambia uno de ellos
(se recarga si está a la vista, al cerrarse el diálogo que guardó; si no, al mostrarse). Lo que guarda otro programa
llega por la vigilancia de la ventana con las tablas que tocó (en un archivo, todas). Un área nueva solo declara lo
suyo.

    cambios = Cambios()
    cambios.escuchar(oficina)               # lo que la oficina confirma, en el hilo de la ventana
    cambios.conectar(vista)                 # la vista se invalida con sus temas (vista.MUESTRA)
    cambios.cambio.connect(funcion)         # la ventana: título, Inicio, barra de estado (con los temas)
    cambios.avisar(TODO)                    # otro programa escribió en la base: todo puede haber cambiado
"""

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal, Slot

TEMAS = frozenset({"asociacion", "miembros", "pagos", "cargos", "organos", "mandatos", "normas", "sesiones",
                   "correo", "convenios", "datos_personales"})
TODO = TEMAS

# De qué tema es cada tabla de la base (lo usan las pruebas para comprobar que cada área se suscribe a lo que lee).
# Las que no están son internas (bitácora, migraciones, identidad, registro de documentos emitidos y firmas, y los
# cambios para deshacer, `cambios_reversibles`: el menú Edición los lee cada vez que se abre).
TABLAS = {
    "asociacion": ("asociaciones", "paises_asociacion", "categorias_pais", "memorias", "secciones_memoria", "grupos",
                   "integrantes_de_grupo"),
    "miembros": ("miembros", "contactos", "estados_miembro", "calidades_miembro", "poblaciones", "ubicaciones_miembro",
                 "indicadores", "valores_indicador"),
    "pagos": ("pagos", "imputaciones", "recibos", "lineas_de_extracto"),
    "cargos": ("cargos", "escalas", "tramos", "exenciones", "avisos", "lotes_avisos"),
    "organos": ("organos", "reglas_composicion", "reglas_quorum", "orden_sucesion", "actividades",
                "informes_actividad", "reglas_de_la_sala", "categorias_de_cuestion", "categorias_de_mocion"),
    "mandatos": ("mandatos", "correcciones_mandato", "autoridades", "elecciones", "candidaturas", "votos_eleccion"),
    "normas": ("normas", "versiones_articulo", "reformas", "fe_de_erratas"),
    "sesiones": ("sesiones", "asistencias", "invitados", "puntos_orden", "votaciones", "habilitados_votacion",
                 "actas", "resoluciones", "firmantes_declaracion", "sesiones_de_viaje", "efectos_resolucion",
                 "adherentes_declaracion", "puntos_aprobacion_acta", "puntos_miembros",
                 "mociones", "autores_mocion", "enmiendas", "cambios_enmienda", "autores_enmienda", "votaciones_sala",
                 "recomendaciones_de_cambio",
                 "habilitados_sala", "listas_de_oradores", "oradores", "bloques_de_mocion"),
    "convenios": ("convenios", "partes_convenio", "partes_externas", "obligaciones_convenio", "pdfs_convenio"),
    # La bandeja de salida (migración 0027): la mira Inicio › Próximos pasos (lo que espera salir).
    "correo": ("cuentas_correo", "mensajes", "destinatarios_mensaje", "adjuntos_mensaje", "archivos_correo"),
    # El registro de las personas y sus derechos (migración 0058, issue 65). Las filas donde aparece cada persona
    # (contactos, autoridades, mandatos, asistencias…) y el correo a sus direcciones son de sus propios temas: el
    # área Datos personales los declara también en su `MUESTRA`.
    "datos_personales": ("personas", "datos_de_persona", "solicitudes_de_datos", "supresiones", "oposiciones_correo",
                         "politica_de_datos", "tratamientos", "consentimientos"),
}
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
    """Emite `cambio(frozenset[str])` con los temas que se tocaron."""

    cambio = Signal(object)
    # Lo que la oficina confirmó (las tablas), desde cualquier hilo: llega encolado al de la ventana.
    _confirmado = Signal(object)

    def __init__(self, padre: QObject | None = None):
        super().__init__(padre)
        self.suscriptos: dict[object, frozenset[str]] = {}
        self._oficina = None
        self._numero: int | None = None   # mientras se avisa: el número de la escritura (ver `avisar`)
        self._confirmado.connect(self._por_la_oficina)

    def escuchar(self, oficina) -> None:
        """Desde ahora, cada escritura que confirma `oficina` avisa sus temas (la ventana, al pasar a una base); la
        oficina anterior deja de avisar aquí."""
        if self._oficina is oficina:
            return
        if self._oficina is not None:
            self._oficina.dejar_de_avisar(self._al_confirmar)
        self._oficina = oficina
        oficina.al_cambiar(self._al_confirmar)

    def _al_confirmar(self, cambios) -> None:
        self._confirmado.emit(cambios)   # en el hilo que escribió: la señal lo lleva al de la ventana

    @Slot(object)
    def _por_la_oficina(self, cambios) -> None:
        self.avisar(temas_de_tablas(cambios.tablas), cambios.numero)

    def avisar(self, cambiados: Iterable[str], numero: int | None = None) -> None:
        """`cambiados` los temas; `numero`, el de la escritura de la oficina que los cambió (None: otro programa)."""
        conjunto = temas(cambiados)
        if conjunto:
            self._numero = numero
            try:
                self.cambio.emit(conjunto)
            finally:
                self._numero = None

    def conectar(self, vista) -> None:
        """Una vista del área: se invalida cuando se escribe algo de lo que ella muestra (`vista.MUESTRA`), sea
        quien sea quien lo escribió (ella misma, otra área, otro programa)."""
        interesan = temas(vista.MUESTRA)
        self.suscriptos[vista] = interesan
        self.cambio.connect(lambda cambiados: vista.invalidar(cambiados, self._numero) if cambiados & interesan
                            else None)
