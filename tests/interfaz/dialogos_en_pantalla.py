"""Abrir cada diálogo del programa en una pantalla de oficina y decir qué botón queda fuera de ella.

Lo usa `test_dialogos_en_pantalla.py`, como guion, en un subproceso con la pantalla que se pide (el tamaño de la
pantalla sin ventanas del sistema se fija con la configuración de la plataforma offscreen, y la escala con
QT_SCALE_FACTOR, que se leen al crear la aplicación):

    python tests/interfaz/dialogos_en_pantalla.py BASE ANCHO ALTO ETIQUETA   -> JSON {"problemas": [...], ...}

ANCHO y ALTO son los píxeles físicos de la pantalla. Los diálogos se descubren solos: cada subclase de QDialog
(QWizard incluido) de `escritorio.interfaz`; `COMO_ABRIR` dice cómo armar cada uno con la red de ejemplo, y uno
nuevo sin entrada es un error (`sin_entrada`). Lo que se mira, en cada página de un asistente:
- que el diálogo, con su marco, entre en la pantalla libre;
- que cada botón visible entre entero en la pantalla y en el diálogo (uno dentro de un área con desplazamiento
  puede estar corrido fuera de la vista: se llega desplazando; lo que sí se ve de él debe estar en la pantalla);
- que los botones de la botonera del diálogo (Aceptar, Cancelar, Siguiente…) no estén dentro de un área con
  desplazamiento: se ven siempre.
Las capturas van a `carpeta_de_artefactos()/dialogos/ETIQUETA/`.
"""

import importlib
import json
import os
import pkgutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]

# Las bases de otros diálogos: no se abren solas.
BASES = {"piezas.dialogo.DialogoBase", "piezas.dialogo.AsistenteBase", "dialogos.sesion.piezas.DialogoFormulario",
         "dialogos.convenio_acciones._ConMensaje", "dialogos.datos_personales.FormularioDeDatos",
         "piezas.formulario_de_la_oficina.FormularioDeLaOficina"}


def nombre_de_clase(clase: type) -> str:
    return f"{clase.__module__.removeprefix('escritorio.interfaz.')}.{clase.__qualname__}"


def clases_de_dialogos() -> dict[str, type]:
    """Cada subclase de QDialog (QWizard, QMessageBox… incluidos) definida en `escritorio.interfaz`, por nombre
    («dialogos.escala.DialogoEscala»), sin las bases."""
    from PySide6.QtWidgets import QDialog

    import escritorio.interfaz as paquete

    for modulo in pkgutil.walk_packages(paquete.__path__, paquete.__name__ + "."):
        importlib.import_module(modulo.name)
    encontradas: dict[str, type] = {}

    def recorrer(clase: type) -> None:
        for subclase in clase.__subclasses__():
            if subclase.__module__.startswith("escritorio.") and nombre_de_clase(subclase) not in BASES:
                encontradas[nombre_de_clase(subclase)] = subclase
            recorrer(subclase)

    recorrer(QDialog)
    return encontradas


class Demo:
    """Lo que hace falta para armar los diálogos sobre la red de ejemplo: la base, la asociación, y a pedido sus
    órganos, miembros, sesiones y puntos. `padre` es la ventana sobre la que se abren."""

    def __init__(self, db, padre, ruta: Path, ajustes):
        from escritorio.servicios.asociaciones import listar_asociaciones
        self.db, self.padre, self.ruta, self.ajustes = db, padre, ruta, ajustes
        from escritorio.servicios.oficina import Oficina

        self.asociacion = listar_asociaciones(db)[0]
        self.oficina = Oficina(db, self.asociacion)   # la que la ventana pasa a sus diálogos
        self.contexto = self.oficina.contexto

    @cached_property
    def organos(self) -> list[dict]:
        from escritorio.servicios.organos import listar_organos
        return listar_organos(self.contexto)

    def organo(self, tipo: str) -> dict:
        return next(o for o in self.organos if o["tipo"] == tipo)

    @cached_property
    def miembros(self) -> list[dict]:
        from escritorio.servicios.miembros import listar_miembros
        return listar_miembros(self.contexto)

    def miembro(self, nombre: str = "Rosario") -> dict:
        return next(m for m in self.miembros if m["nombre"] == nombre)

    @cached_property
    def sesiones(self) -> list[dict]:
        from escritorio.servicios.sesiones import listar_sesiones
        return listar_sesiones(self.contexto)

    def sesion(self, estado_acta: str = "borrador") -> dict:
        from escritorio.servicios.sesiones import sesion_de_la_asociacion
        elegida = next(s for s in self.sesiones if s["estado_acta"] == estado_acta)
        return dict(sesion_de_la_asociacion(self.contexto, elegida["id"]))

    def punto(self, tipo: str) -> tuple[dict, dict]:
        """(sesión, punto) del primer punto de ese tipo en las sesiones de la demo."""
        from escritorio.servicios.sesiones import sesion_de_la_asociacion
        from escritorio.servicios.sesiones.puntos import orden_del_dia
        for sesion in self.sesiones:
            for punto in orden_del_dia(self.contexto, sesion["id"]):
                if punto["tipo"] == tipo:
                    return dict(sesion_de_la_asociacion(self.contexto, sesion["id"])), dict(punto)
        raise LookupError(tipo)

    def convenio(self, tipo: str = "cooperacion") -> dict:
        """El primer convenio de ese tipo de la demo (con sus partes, obligaciones y plazos)."""
        from escritorio.servicios.convenios import listar_convenios
        return next(c for c in listar_convenios(self.contexto) if c["tipo"] == tipo)

    def actividad(self) -> dict:
        """Una actividad del plan de trabajo de la red de ejemplo (la primera, con su resultado)."""
        from escritorio.servicios.plan_de_trabajo import actividades_de_la_red
        return actividades_de_la_red(self.contexto)[0]

    @cached_property
    def datos_personales(self) -> dict:
        """Lo que reciben los diálogos de Datos personales: doce apariciones de la demo, una persona registrada con un
        contacto y su solicitud de supresión (con la ley de Uruguay), y la primera clase de datos."""
        from escritorio.servicios import personas, solicitudes_de_datos as solicitudes
        solicitudes.fijar_politica(self.contexto, pais="UY")
        contacto = next(a for a in personas.apariciones(self.contexto) if a["tabla"] == "contactos")
        persona = personas.registrar_persona(self.contexto, None, [("contactos", contacto["fila_id"])],
                                             nota="Pidió por correo que se borren sus datos")
        hecha = solicitudes.registrar_solicitud(self.contexto, persona, "supresion", detalle=(
            "Dejé de trabajar en la municipalidad: les pido que borren mi nombre, mi correo y mi teléfono."))
        return {"apariciones": personas.apariciones(self.contexto, sin_persona=True)[:12],
                "personas": personas.listar_personas(self.contexto),
                "solicitud": solicitudes.solicitud_de_la_asociacion(self.contexto, hecha.id),
                "tratamiento": solicitudes.tratamientos(self.contexto)[0]}

    def plan_de_supresion(self):
        from escritorio.servicios.supresion_de_datos import planear
        return planear(self.contexto, self.datos_personales["solicitud"]["id"])

    def resolucion(self, tipo: str) -> dict:
        from escritorio.servicios.votaciones import listar_resoluciones
        return next(r for r in listar_resoluciones(self.contexto) if r["tipo"] == tipo)


def _planilla(demo: Demo) -> str:
    """Un padrón de tres ciudades para el asistente de importación."""
    ruta = demo.ruta.with_name("padron_para_importar.csv")
    ruta.write_text("Nombre;País;Población\nRosario;Argentina;1348725\nSalto;Uruguay;104028\n"
                    "Pelotas;Brasil;343132\n", encoding="utf-8")
    return str(ruta)


def _extracto(d: Demo):
    """La revisión de un extracto de la red de ejemplo (la página más llena del diálogo): seguras, un débito y
    dudosas."""
    from datetime import date, timedelta

    from escritorio.interfaz.dialogos.extracto import DialogoExtracto
    dia = (date.today() - timedelta(days=10)).strftime("%d/%m/%Y")
    ruta = d.ruta.with_name("extracto_para_importar.csv")
    ruta.write_text("Banco de prueba\nFecha;Concepto;Referencia;Débito;Crédito;Moneda\n"
                    f"{dia};TRANSFERENCIA MUNICIPALIDAD DE ROSARIO;1;;150,00;USD\n"
                    f"{dia};COMISION MANTENIMIENTO;2;12,50;;USD\n{dia};PAGO CUOTA CONCEPCION;3;;400,00;USD\n"
                    f"{dia};INTERESES;4;;3,10;USD\n", encoding="utf-8")
    dialogo = DialogoExtracto(d.oficina, d.padre, d.ajustes, ruta=str(ruta))
    dialogo.leer()
    return dialogo


def _convocar(d: Demo):
    from escritorio.interfaz.dialogos.sesion.formularios import DialogoConvocar
    from escritorio.servicios.base import hoy
    return DialogoConvocar(d.oficina, d.organos, d.sesiones, d.organo("consejo")["id"], hoy(), d.padre)


def _aprobar_acta(d: Demo):
    from escritorio.interfaz.dialogos.sesion.aprobacion import DialogoAprobarActa
    return DialogoAprobarActa(d.oficina, d.sesion("borrador"), d.padre)


def _buscar(d: Demo):
    from escritorio.interfaz.dialogos.busqueda import DialogoBuscar
    return DialogoBuscar(d.contexto, d.padre, "rosario")


def _vista_previa(d: Demo):
    """El padrón de la demo (varias páginas) en la vista previa, como lo muestra «Imprimir padrón (PDF)…». Si ya está
    junto a la base (la prueba lo imprime una vez para todas las pantallas), se muestra ese."""
    from escritorio.interfaz.piezas.vista_previa import DialogoVistaPrevia, DocumentoParaVer
    from escritorio.servicios.padron import imprimir_padron_pdf
    ruta = d.ruta.with_name("padron.pdf")
    if not ruta.exists():
        imprimir_padron_pdf(d.contexto, ruta)
    return DialogoVistaPrevia(DocumentoParaVer.de_archivo(ruta), d.padre)


def _cargo(d: Demo):
    from escritorio.interfaz.dialogos.eleccion_dialogos import DialogoCargo
    from escritorio.servicios.elecciones import obtener_eleccion
    sesion, punto = d.punto("eleccion")
    return DialogoCargo(d.oficina, punto, sesion, obtener_eleccion(d.contexto, punto["id"]), d.padre)


def _confirmacion(d: Demo):
    """La de la elección de la demo, ya confirmada: la que mostraba antes de confirmarla."""
    from datetime import date

    from escritorio.interfaz.dialogos.eleccion_dialogos import DialogoConfirmacion
    from escritorio.servicios.confirmacion_de_eleccion import Confirmacion
    from escritorio.servicios.organos import NuevoMandato
    _, punto = d.punto("eleccion")
    nuevo = NuevoMandato("coordinador", date(2026, 3, 17), miembro_id=d.miembro("Mar del Plata")["id"],
                         persona="Patricia Sosa", hasta=date(2026, 12, 31))
    previa = Confirmacion(mandato="Mar del Plata (Patricia Sosa): coordinación — UT Ambiente y desarrollo "
                          "sostenible, del 17/03/2026 al 31/12/2026", terminan=[
                              "Rosario: coordinación — UT Ambiente y desarrollo sostenible, termina el 16/03/2026"],
                          nuevo=nuevo)
    return DialogoConfirmacion(d.oficina, punto, previa, d.padre)


def _importacion(d: Demo):
    from escritorio.interfaz.dialogos.importacion import AsistenteImportacion
    return AsistenteImportacion(d.oficina, d.padre, ruta_inicial=_planilla(d))


def _enviar_convocatoria(d: Demo):
    """La convocatoria de una sesión de la demo por correo: 17 integrantes, la vista previa de cada mensaje."""
    from escritorio.interfaz.dialogos.enviar_correo import DialogoEnviarCorreo
    from escritorio.servicios.correo import preparar_convocatoria
    sesion = d.sesion("borrador")["id"]
    return DialogoEnviarCorreo(d.oficina, "Enviar la convocatoria por correo", lambda miembros, copias:
                               preparar_convocatoria(d.contexto, sesion, miembros=miembros, copias=copias), d.padre)


def _contactos_con_correo(d: Demo) -> list[dict]:
    """Los contactos con correo de la demo: la lista en la que se elige quién aceptó un consentimiento."""
    from escritorio.servicios.personas import apariciones
    return [a for a in apariciones(d.contexto) if a["tabla"] == "contactos" and a["correo"]]


def _registrar_consentimiento(d: Demo):
    from escritorio.interfaz.dialogos.consentimiento import DialogoRegistrarConsentimiento
    from escritorio.servicios.consentimientos import texto_sugerido
    return DialogoRegistrarConsentimiento(d.oficina, _contactos_con_correo(d), texto_sugerido(d.contexto), d.padre)


def _revocar_consentimiento(d: Demo):
    """El consentimiento (con el texto que propone Escritorio) de un contacto de la demo, registrado con el servicio."""
    from escritorio.interfaz.dialogos.consentimiento import DialogoRevocarConsentimiento
    from escritorio.servicios.consentimientos import registrar_consentimiento, texto_sugerido
    contacto = _contactos_con_correo(d)[0]
    hecho = registrar_consentimiento(d.contexto, contacto["fila_id"], texto_sugerido(d.contexto), canal="nota")
    return DialogoRevocarConsentimiento(d.oficina, hecho, d.padre)


def _lazy(modulo: str, clase: str, *argumentos: Callable[["Demo"], object], **nombrados: Callable[["Demo"], object]):
    """Una entrada de la tabla: importa la clase al abrir y le pasa los argumentos calculados con la demo."""
    def crear(d: Demo):
        tipo = getattr(importlib.import_module(f"escritorio.interfaz.{modulo}"), clase)
        return tipo(*(a(d) for a in argumentos), **{k: v(d) for k, v in nombrados.items()})
    return crear


DB = lambda d: d.db  # noqa: E731


def _codigos_de_ejemplo() -> list:
    """Lo que muestra «Códigos para votar» (issue 85): doce delegaciones, una con el código que lleva otra por su
    poder (los nombres más largos de la demo)."""
    from escritorio.servicios.voto_electronico import CodigoEntregado

    nombres = ["Asunción", "Belo Horizonte", "Ciudad Autónoma de Buenos Aires", "Córdoba", "Mar del Plata",
               "Montevideo", "Paraná", "Porto Alegre", "Rosario", "Salto", "Santa Fe", "São Paulo"]
    return [CodigoEntregado(f"{n:02d}ZWG-A7XFR", n, nombre, "Mar del Plata" if nombre == "Asunción" else None)
            for n, nombre in enumerate(nombres)]


def _quienes_votaron(d: Demo):
    """«Quiénes votaron» de una urna nominal abierta en una sesión nueva de la Asamblea de hoy, con todos presentes y
    la mitad de las delegaciones ya votadas (los nombres más largos a la vista): lo que abre «Votaron N de M»."""
    from escritorio.interfaz.dialogos.sesion.voto_participacion import DialogoQuienesVotaron
    from escritorio.servicios import voto_electronico as voto
    from escritorio.servicios.sesiones.asistencia import asistencia, MarcaAsistencia, registrar_asistencias
    from escritorio.servicios.sesiones.puntos import agregar_punto

    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar

    sesion = convocar(d.contexto, d.organo("asamblea")["id"], NuevaSesion(
        date.today(), hora="10:00", lugar="Montevideo", convocada_el=date.today() - timedelta(days=40)))
    registrar_asistencias(d.contexto, sesion, [MarcaAsistencia(h.miembro_id, "presente")
                                               for h in asistencia(d.contexto, sesion).habilitados])
    punto = agregar_punto(d.contexto, sesion, "Declaración sobre ciudades y clima", "votacion")
    codigos = voto.entregar_codigos(d.contexto, sesion)
    urna = voto.abrir_urna(d.contexto, sesion, "punto", punto, secreta=False)
    for entregado, sentido in zip(codigos[::2], ("a_favor", "en_contra", "abstencion") * 20):
        voto.depositar(d.db, entregado.codigo, urna, sentido)
    return DialogoQuienesVotaron(d.db, urna, "Declaración sobre ciudades y clima", d.padre)


def _enmiendas_de_una_mocion(d: Demo):
    """Las enmiendas (ninguna) de una moción de cuatro párrafos largos, presentada con el servicio en la sesión con el
    acta en borrador de la copia de la demo: lo que la pestaña Enmiendas le pasa al diálogo."""
    from escritorio.servicios import enmiendas, mociones
    from escritorio.servicios.sesiones.puntos import orden_del_dia

    sesion = d.sesion()
    parrafo = ("Las ciudades de la red adoptan un plan de adaptación al cambio climático con metas anuales, "
               "indicadores públicos y un informe de avance que la Secretaría Ejecutiva presenta en cada sesión. ")
    mocion = mociones.presentar(d.contexto, orden_del_dia(d.contexto, sesion["id"])[0]["id"],
                                "Declaración sobre ciudades y clima", "\n\n".join([parrafo * 2] * 4),
                                autores=[d.miembro()["id"]], recibida_el=date.fromisoformat(sesion["fecha"])).id
    return enmiendas.listar(d.contexto, mocion)


def _mocion_con_recomendacion(d: Demo) -> int:
    """Una moción presentada de dos párrafos (el primero, de tres líneas) con una recomendación de cambio pendiente en
    sus líneas 2 y 3: lo que «Líneas…» de la pestaña Mociones le pasa a su diálogo (el id)."""
    from escritorio.servicios import mociones, recomendaciones_de_cambio
    from escritorio.servicios.sesiones.puntos import orden_del_dia

    sesion = d.sesion()
    activos = [m["id"] for m in d.miembros if m["estado"] == "activo"]
    dia = min(date.today(), date.fromisoformat(sesion["fecha"]))
    texto = ("Las ciudades de la red adoptan un plan de adaptación al cambio climático con metas anuales medibles, "
             "un presupuesto propio y un informe público de avance que cada intendencia presenta ante el Consejo en "
             "su primera sesión de cada año.\n\nLa Secretaría Ejecutiva acompaña a cada ciudad.")
    hecha = mociones.presentar(d.contexto, orden_del_dia(d.contexto, sesion["id"])[0]["id"], "Plan de adaptación",
                               texto, autores=activos[:1], recibida_el=dia).id
    recomendaciones_de_cambio.recomendar(d.contexto, hecha, 2, 3, "y un informe anual.", "Más breve")
    return hecha


def _mocion_con_apoyos_y_recomendacion(d: Demo):
    """Una moción presentada en la sesión con el acta en borrador, con un autor, dos apoyos y la recomendación (larga)
    de una unidad temática: lo que «Apoyar…» y «Recomendación…» de la pestaña Mociones le pasan a su diálogo."""
    from escritorio.servicios import apoyos_y_recomendaciones as apoyos, mociones
    from escritorio.servicios.sesiones.puntos import orden_del_dia

    sesion = d.sesion()
    activos = [m["id"] for m in d.miembros if m["estado"] == "activo"]
    dia = min(date.today(), date.fromisoformat(sesion["fecha"]))
    hecha = mociones.presentar(d.contexto, orden_del_dia(d.contexto, sesion["id"])[0]["id"],
                               "Declaración sobre ciudades y clima", "Las ciudades de la red adoptan un plan.",
                               autores=activos[:1], apoyos=activos[1:3], recibida_el=dia).id
    otro = next(o for o in d.organos if o["id"] != sesion["organo_id"])
    return apoyos.recomendar(d.contexto, hecha, otro["id"], "aprobar_con_cambios", (
        "La comisión pide metas anuales medibles y un informe de avance en cada sesión del Consejo, con los "
        "indicadores públicos de la red."), dia)


def _categorias_y_mocion(d: Demo):
    """Dos categorías de mociones del órgano de la sesión (una de nombre largo) y una moción presentada con la
    primera: lo que «Categoría…» de la pestaña Mociones le pasa a su diálogo."""
    from escritorio.servicios import categorias_de_mocion as categorias

    mocion = _mocion_con_apoyos_y_recomendacion(d)
    organo = d.sesion()["organo_id"]
    hacienda = categorias.definir(d.contexto, organo, "Hacienda, presupuesto y cuotas de los miembros", "HAC")
    categorias.definir(d.contexto, organo, "Ambiente", "AMB")
    return categorias.categorizar(d.contexto, mocion.id, hacienda.id)


def _mocion_en_un_bloque(d: Demo):
    """Una moción admitida en un bloque de nombre largo de su sesión, y otro bloque: lo que «Bloque…» de la pestaña
    Mociones le pasa a su diálogo."""
    from escritorio.servicios import bloques_de_mocion as bloques, mociones

    mocion = _mocion_con_apoyos_y_recomendacion(d)
    mociones.admitir(d.contexto, mocion.id)
    sesion = d.sesion()["id"]
    largo = bloques.crear(d.contexto, sesion, "Mociones de hacienda, presupuesto y cuotas de los miembros de la red")
    bloques.crear(d.contexto, sesion, "Ambiente")
    bloques.agregar(d.contexto, largo.id, mocion.id)
    return mociones.obtener(d.contexto, mocion.id)


def _organos_que_recomiendan(d: Demo) -> list[tuple[int, str]]:
    propio = d.sesion()["organo_id"]
    return [(o["id"], o["nombre"]) for o in d.organos if o["id"] != propio]


OFICINA = lambda d: d.oficina  # noqa: E731
PADRE = lambda d: d.padre  # noqa: E731

# Cómo abrir cada diálogo del programa con la red de ejemplo (el nombre es el de `nombre_de_clase`).
COMO_ABRIR: dict[str, Callable[[Demo], object]] = {
    "dialogos.acerca.DialogoAcerca": _lazy("dialogos.acerca", "DialogoAcerca", PADRE, lambda d: str(d.ruta)),
    "dialogos.actividad.DialogoActividad": _lazy(
        "dialogos.actividad", "DialogoActividad", OFICINA, lambda d: d.organo("unidad_tematica"),
        lambda d: d.miembros, lambda d: None, PADRE),
    # El plan de trabajo (issue 47, §4): corregir (el mismo diálogo con la actividad), el informe y la fecha.
    "dialogos.informe_actividad.DialogoInformeActividad": _lazy(
        "dialogos.informe_actividad", "DialogoInformeActividad", OFICINA, lambda d: d.actividad()["id"], PADRE),
    "dialogos.fecha_actividad.DialogoFechaDeActividad": _lazy(
        "dialogos.fecha_actividad", "DialogoFechaDeActividad", lambda d: d.actividad()["titulo"], PADRE),
    # La memoria anual (issue 47, §2) y una de sus secciones propias.
    "dialogos.memoria.DialogoMemoria": _lazy("dialogos.memoria", "DialogoMemoria", OFICINA, PADRE),
    # Los indicadores por miembro y año (issue 80, §4).
    "dialogos.indicadores.DialogoIndicadores": _lazy("dialogos.indicadores", "DialogoIndicadores", OFICINA, PADRE),
    "dialogos.memoria.DialogoSeccionMemoria": _lazy("dialogos.memoria", "DialogoSeccionMemoria", OFICINA,
                                                    lambda d: 2026, lambda d: None, PADRE),
    "dialogos.adherentes.DialogoAdherentes": _lazy(
        "dialogos.adherentes", "DialogoAdherentes", OFICINA, lambda d: d.resolucion("declaracion"), PADRE),
    "dialogos.asociacion.DialogoAsociacion": _lazy(
        "dialogos.asociacion", "DialogoAsociacion", OFICINA, PADRE),
    "dialogos.convenio.DialogoConvenio": _lazy(
        "dialogos.convenio", "DialogoConvenio", OFICINA, lambda d: d.convenio()["id"], PADRE),
    "dialogos.convenio_acciones.DialogoObligacion": _lazy(
        "dialogos.convenio_acciones", "DialogoObligacion", OFICINA, lambda d: d.convenio("financiamiento"), PADRE),
    "dialogos.convenio_acciones.DialogoTerminarConvenio": _lazy(
        "dialogos.convenio_acciones", "DialogoTerminarConvenio", OFICINA, lambda d: d.convenio(), PADRE),
    "dialogos.convenio_acciones.DialogoParteExterna": _lazy(
        "dialogos.convenio_acciones", "DialogoParteExterna", OFICINA, lambda d: None, PADRE),
    "dialogos.convenio_acciones.DialogoPartesExternas": _lazy(
        "dialogos.convenio_acciones", "DialogoPartesExternas", OFICINA, PADRE),
    # Datos personales (issue 65): registrar una persona con doce filas elegidas, vincularle tres, una solicitud
    # nueva, denegar una, corregir una clase de datos y el plan de una supresión.
    "dialogos.datos_personales.DialogoRegistrarPersona": _lazy(
        "dialogos.datos_personales", "DialogoRegistrarPersona", OFICINA, lambda d: d.datos_personales["apariciones"],
        PADRE),
    "dialogos.datos_personales.DialogoVincular": _lazy(
        "dialogos.datos_personales", "DialogoVincular", OFICINA, lambda d: d.datos_personales["personas"][0],
        lambda d: d.datos_personales["apariciones"][:3], PADRE),
    "dialogos.datos_personales.DialogoNuevaSolicitud": _lazy(
        "dialogos.datos_personales", "DialogoNuevaSolicitud", OFICINA, lambda d: d.datos_personales["personas"],
        lambda d: d.datos_personales["personas"][0]["id"], PADRE),
    "dialogos.datos_personales.DialogoRespuesta": _lazy(
        "dialogos.datos_personales", "DialogoRespuesta", OFICINA, lambda d: d.datos_personales["solicitud"],
        lambda d: True, PADRE),
    "dialogos.datos_personales.DialogoTratamiento": _lazy(
        "dialogos.datos_personales", "DialogoTratamiento", OFICINA, lambda d: d.datos_personales["tratamiento"], PADRE),
    "dialogos.supresion.DialogoPlanDeSupresion": _lazy(
        "dialogos.supresion", "DialogoPlanDeSupresion", lambda d: d.plan_de_supresion(), PADRE),
    "dialogos.bandeja_salida.DialogoBandejaSalida": _lazy("dialogos.bandeja_salida", "DialogoBandejaSalida", OFICINA,
                                                          PADRE),
    # Los consentimientos y el boletín de la red (issue 81 §3).
    "dialogos.consentimiento.DialogoRegistrarConsentimiento": _registrar_consentimiento,
    "dialogos.consentimiento.DialogoRevocarConsentimiento": _revocar_consentimiento,
    "dialogos.boletin.DialogoBoletin": _lazy("dialogos.boletin", "DialogoBoletin", OFICINA, PADRE),
    "dialogos.cuenta_correo.DialogoCuentaCorreo": _lazy("dialogos.cuenta_correo", "DialogoCuentaCorreo", OFICINA, PADRE),
    "dialogos.enviar_correo.DialogoEnviarCorreo": _enviar_convocatoria,
    "dialogos.baja.DialogoBaja": _lazy(
        "dialogos.baja", "DialogoBaja", OFICINA, lambda d: d.miembro("Salto")["id"], lambda d: "Salto", PADRE),
    "dialogos.bienvenida.DialogoBienvenida": _lazy("dialogos.bienvenida", "DialogoBienvenida", PADRE,
                                                   lambda d: str(d.ruta)),
    "dialogos.bienvenida.AsistenteAsociacion": _lazy("dialogos.bienvenida", "AsistenteAsociacion", DB, PADRE),
    "dialogos.bitacora.DialogoBitacora": _lazy("dialogos.bitacora", "DialogoBitacora", OFICINA, PADRE),
    "dialogos.cargar_norma.DialogoCargarNorma": _lazy("dialogos.cargar_norma", "DialogoCargarNorma", OFICINA, PADRE),
    "dialogos.eleccion_dialogos.DialogoCargo": _cargo,
    "dialogos.eleccion_dialogos.DialogoCandidatura": _lazy(
        "dialogos.eleccion_dialogos", "DialogoCandidatura", OFICINA, lambda d: d.punto("eleccion")[1],
        lambda d: d.miembros, PADRE),
    "dialogos.eleccion_dialogos.DialogoConfirmacion": _confirmacion,
    "dialogos.escala.DialogoEscala": _lazy("dialogos.escala", "DialogoEscala", OFICINA, PADRE),
    "dialogos.ficha_autoridades.DialogoContacto": _lazy(
        "dialogos.ficha_autoridades", "DialogoContacto", OFICINA, lambda d: d.miembro()["id"], lambda d: None, PADRE),
    "dialogos.ficha_miembro.DialogoFichaMiembro": _lazy(
        "dialogos.ficha_miembro", "DialogoFichaMiembro", OFICINA, lambda d: d.miembro()["id"], PADRE),
    "dialogos.firma_digital.DialogoFirmaDigital": _lazy(
        "dialogos.firma_digital", "DialogoFirmaDigital", OFICINA, lambda d: "acta",
        lambda d: d.sesion("aprobada")["id"], lambda d: "Acta", PADRE, lambda d: d.ajustes),
    "dialogos.importacion.AsistenteImportacion": _importacion,
    "dialogos.extracto.DialogoExtracto": _extracto,
    "dialogos.mandato.DialogoMandato": _lazy(
        "dialogos.mandato", "DialogoMandato", OFICINA, lambda d: d.organo("consejo"), lambda d: d.miembros, PADRE),
    "dialogos.mandato.DialogoTerminarMandato": _lazy(
        "dialogos.mandato", "DialogoTerminarMandato", OFICINA, lambda d: 1,
        lambda d: "Rosario — Consejo, titular desde el 01/01/2025", lambda d: __import__("datetime").date(2025, 1, 1),
        PADRE),
    "dialogos.formas_del_cargo.DialogoFormaDelCargo": _lazy(
        "dialogos.formas_del_cargo", "DialogoFormaDelCargo", OFICINA,
        lambda d: {"id": 1, "cargo": "secretario_ejecutivo", "forma": "masculina", "miembro": "Montevideo",
                   "persona": "Coordinación técnica de la Red"}, PADRE),
    "dialogos.mandato.DialogoHistoriaMandatos": _lazy(
        "dialogos.mandato", "DialogoHistoriaMandatos", OFICINA, lambda d: d.organo("consejo"), PADRE),
    "dialogos.manual.DialogoManual": _lazy("dialogos.manual", "DialogoManual", PADRE),
    "dialogos.organo.DialogoNuevoOrgano": _lazy(
        "dialogos.organo", "DialogoNuevoOrgano", OFICINA, lambda d: d.organos, lambda d: d.organo("consejo")["id"],
        PADRE),
    "dialogos.orden_sucesion.DialogoOrdenSucesion": _lazy("dialogos.orden_sucesion", "DialogoOrdenSucesion", OFICINA,
                                                          lambda d: d.miembros, PADRE),
    "dialogos.organo.DialogoTraspaso": _lazy("dialogos.organo", "DialogoTraspaso", OFICINA, lambda d: d.miembros,
                                             PADRE),
    "dialogos.organo.DialogoPeriodo": _lazy("dialogos.organo", "DialogoPeriodo", OFICINA,
                                            lambda d: d.organo("consejo"), PADRE),
    "dialogos.organo_vida.DialogoCreacionDelOrgano": _lazy("dialogos.organo_vida", "DialogoCreacionDelOrgano",
                                                           OFICINA, lambda d: d.organo("consejo"), PADRE),
    "dialogos.organo_vida.DialogoDisolverOrgano": _lazy("dialogos.organo_vida", "DialogoDisolverOrgano", OFICINA,
                                                        lambda d: d.organo("consejo"), PADRE),
    "dialogos.pago.DialogoPago": _lazy("dialogos.pago", "DialogoPago", OFICINA, lambda d: d.miembro()["id"], PADRE),
    "dialogos.reforma.DialogoReforma": _lazy(
        "dialogos.reforma", "DialogoReforma", OFICINA,
        lambda d: next(n for n in __import__("escritorio.servicios.estatutos", fromlist=["x"]).listar_normas(
            d.contexto) if n["tipo"] == "estatuto"), PADRE),
    "dialogos.reglas_composicion.DialogoReglasComposicion": _lazy(
        "dialogos.reglas_composicion", "DialogoReglasComposicion", OFICINA, lambda d: d.organo("consejo"), PADRE),
    "dialogos.reglas_de_la_sala.DialogoReglasDeLaSala": _lazy(
        "dialogos.reglas_de_la_sala", "DialogoReglasDeLaSala", OFICINA, lambda d: d.organo("asamblea")["id"], PADRE),
    # Las categorías de las cuestiones de orden (issue 82), que se abren desde las reglas de la sala.
    "dialogos.categorias_de_cuestion.DialogoCategoriasDeCuestion": _lazy(
        "dialogos.categorias_de_cuestion", "DialogoCategoriasDeCuestion", OFICINA,
        lambda d: d.organo("asamblea")["id"], PADRE),
    # Las categorías de las mociones (issue 82), desde las reglas de la sala y desde «Categoría…» de una moción.
    "dialogos.categorias_de_mocion.DialogoCategoriasDeMocion": _lazy(
        "dialogos.categorias_de_mocion", "DialogoCategoriasDeMocion", OFICINA,
        lambda d: d.organo("asamblea")["id"], PADRE),
    # Los pasos del flujo de las mociones (issue 82), desde las reglas de la sala: el flujo completo, todos marcados.
    "dialogos.flujo_de_mociones.DialogoPasosDelFlujo": _lazy(
        "dialogos.flujo_de_mociones", "DialogoPasosDelFlujo",
        lambda d: __import__("escritorio.dominio.flujos_de_mocion", fromlist=["x"]).flujo_por_omision(), PADRE),
    "dialogos.mocion.DialogoCategoriaDeLaMocion": _lazy(
        "dialogos.mocion", "DialogoCategoriaDeLaMocion", OFICINA, _categorias_y_mocion,
        lambda d: d.sesion()["organo_id"], PADRE),
    # El bloque de una moción (issue 82), desde «Bloque…» de la pestaña Mociones.
    "dialogos.bloque_de_mocion.DialogoBloqueDeLaMocion": _lazy(
        "dialogos.bloque_de_mocion", "DialogoBloqueDeLaMocion", OFICINA, _mocion_en_un_bloque, PADRE),
    # Las mociones (issue 64): presentar una, con la lista de miembros entera, y una decisión con su aviso, su
    # destino (el órgano al que se deriva) y su motivo.
    # Presentar una enmienda, con el texto de la moción a la vista y los miembros de la sesión para firmarla.
    "dialogos.dialogo_enmienda.DialogoEnmienda": _lazy("dialogos.dialogo_enmienda", "DialogoEnmienda", OFICINA,
                                                       _enmiendas_de_una_mocion, PADRE),
    "dialogos.mocion.DialogoPresentarMocion": _lazy(
        "dialogos.mocion", "DialogoPresentarMocion", OFICINA,
        lambda d: __import__("escritorio.servicios.sesiones.puntos", fromlist=["x"]).orden_del_dia(
            d.contexto, d.sesion()["id"]), lambda d: None, PADRE),
    "dialogos.mocion.DialogoDecision": _lazy(
        "dialogos.mocion", "DialogoDecision", OFICINA, lambda d: "Derivar la moción 3", lambda d: "Derivar",
        lambda d: ("Se recibió el 10/09/2026, fuera de plazo: el plazo para presentar mociones a la sesión del "
                   "15/09/2026 venció el 05/09/2026 (10 días antes, Reglamento de la Asamblea General, art. 12)."),
        lambda d: (lambda motivo, destino: None), PADRE,
        destinos=lambda d: [(o["id"], o["nombre"]) for o in d.organos], rotulo_destino=lambda d: "A:"),
    # Lo que una moción junta antes de la votación (issue 82): sus apoyos y la recomendación de una comisión.
    "dialogos.recomendacion.DialogoApoyos": _lazy(
        "dialogos.recomendacion", "DialogoApoyos", OFICINA, _mocion_con_apoyos_y_recomendacion, PADRE),
    "dialogos.recomendacion.DialogoRecomendacion": _lazy(
        "dialogos.recomendacion", "DialogoRecomendacion", OFICINA, _mocion_con_apoyos_y_recomendacion,
        _organos_que_recomiendan, lambda d: d.sesion()["fecha"], PADRE),
    # Las líneas y las recomendaciones de cambio (issue 82): la moción presentada, con un texto largo (varias líneas),
    # y una recomendación pendiente.
    "dialogos.recomendaciones_de_cambio.DialogoRecomendacionesDeCambio": _lazy(
        "dialogos.recomendaciones_de_cambio", "DialogoRecomendacionesDeCambio", OFICINA, _mocion_con_recomendacion,
        lambda d: [(o["id"], o["nombre"]) for o in d.organos], lambda d: True, PADRE),
    "dialogos.reglas_sesion.DialogoReglasSesion": _lazy(
        "dialogos.reglas_sesion", "DialogoReglasSesion", OFICINA, lambda d: d.organo("asamblea"), PADRE),
    "dialogos.respaldos.DialogoRespaldos": _lazy("dialogos.respaldos", "DialogoRespaldos", lambda d: d.ruta, PADRE),
    "dialogos.servidor.DialogoConectarServidor": _lazy("dialogos.servidor", "DialogoConectarServidor",
                                                       lambda d: d.ajustes, PADRE),
    "dialogos.sesion.formularios.DialogoConvocar": _convocar,
    "dialogos.sesion.formularios.DialogoPunto": _lazy(
        "dialogos.sesion.formularios", "DialogoPunto", OFICINA, lambda d: d.sesion()["id"], padre=PADRE,
        organo_id=lambda d: d.sesion()["organo_id"]),
    "dialogos.sesion.formularios.DialogoInvitado": _lazy("dialogos.sesion.formularios", "DialogoInvitado", OFICINA,
                                             lambda d: d.sesion()["id"], PADRE),
    "dialogos.sesion.voto_codigos.DialogoCodigos": _lazy("dialogos.sesion.voto_codigos", "DialogoCodigos",
                                                         lambda d: _codigos_de_ejemplo(), PADRE),
    "dialogos.sesion.voto_participacion.DialogoQuienesVotaron": _quienes_votaron,
    "dialogos.sesion.voto_servidor.DialogoIniciarVoto": _lazy("dialogos.sesion.voto_servidor", "DialogoIniciarVoto",
                                                              lambda d: ["192.168.0.10", "127.0.0.1"], PADRE),
    "dialogos.sesion.formularios.DialogoCierre": _lazy("dialogos.sesion.formularios", "DialogoCierre", OFICINA, lambda d: d.sesion(), PADRE),
    "dialogos.sesion.formularios.DialogoResolucion": _lazy(
        "dialogos.sesion.formularios", "DialogoResolucion", OFICINA, lambda d: d.punto("votacion")[1], PADRE,
        fecha_sesion=lambda d: d.punto("votacion")[0]["fecha"]),
    "dialogos.sesion.aprobacion.DialogoAprobarActa": _aprobar_acta,
    "dialogos.busqueda.DialogoBuscar": _buscar,
    "piezas.vista_previa.DialogoVistaPrevia": _vista_previa,
    "dialogos.sesion.formularios.DialogoFeDeErratas": _lazy("dialogos.sesion.formularios", "DialogoFeDeErratas", OFICINA,
                                                lambda d: d.sesion("aprobada")["id"], PADRE),
    "dialogos.sesion.formularios.DialogoRepresentacion": _lazy(
        "dialogos.sesion.formularios", "DialogoRepresentacion", lambda d: "Rosario", lambda d: "Pablo Javkin", lambda d: None,
        lambda d: None, PADRE),
    "dialogos.solicitud.DialogoSolicitud": _lazy("dialogos.solicitud", "DialogoSolicitud", OFICINA, PADRE),
    "dialogos.verificar_base.DialogoVerificarBase": _lazy("dialogos.verificar_base", "DialogoVerificarBase", OFICINA, PADRE),
    "dialogos.verificar_documento.DialogoVerificarDocumento": _lazy(
        "dialogos.verificar_documento", "DialogoVerificarDocumento", OFICINA, PADRE),
    "dialogos.publicar.DialogoPublicar": _lazy("dialogos.publicar", "DialogoPublicar", OFICINA, PADRE),
    "vistas.cuotas.morosidad.DialogoReglaVoto": _lazy(
        "vistas.cuotas.morosidad", "DialogoReglaVoto", lambda d: 2, lambda d: "Estatuto, art. 9", PADRE),
}


# --- lo que se mira -------------------------------------------------------------------------------

def _rect(r) -> str:
    return f"({r.x()},{r.y()} {r.width()}×{r.height()})"


def _texto(boton) -> str:
    return boton.text() or boton.toolTip() or type(boton).__name__


def botones_de_la_botonera(dialogo) -> list:
    """Los botones que cierran o avanzan el diálogo: los de sus QDialogButtonBox y, en un asistente, los suyos."""
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    botones = [b for caja in dialogo.findChildren(QDialogButtonBox) for b in caja.buttons()]
    if isinstance(dialogo, QWizard):
        for cual in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                     QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                     QWizard.WizardButton.CancelButton):
            if dialogo.button(cual) is not None:
                botones.append(dialogo.button(cual))
    return [b for b in botones if b.isVisibleTo(dialogo)]


def dentro_de_desplazamiento(widget, tope) -> bool:
    """¿Está `widget` dentro del contenido de un área con desplazamiento (antes de llegar a `tope`)?"""
    from PySide6.QtWidgets import QAbstractScrollArea

    actual = widget.parentWidget()
    while actual is not None and actual is not tope:
        padre = actual.parentWidget()
        if isinstance(padre, QAbstractScrollArea) and actual is padre.viewport():
            return True
        actual = padre
    return False


def problemas_del_dialogo(dialogo, libre) -> list[str]:
    """Lo que queda fuera de `libre` (la pantalla sin barras, en coordenadas globales) en `dialogo`, ya mostrado."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea

    problemas = []
    marco = dialogo.frameGeometry()
    if marco.width() > libre.width() or marco.height() > libre.height():
        problemas.append(f"mide {marco.width()}×{marco.height()} con su marco y la pantalla libre es de "
                         f"{libre.width()}×{libre.height()}")
    elif not libre.contains(marco):
        problemas.append(f"se abre en {_rect(marco)}, fuera de la pantalla libre {_rect(libre)}")
    for boton in dialogo.findChildren(QAbstractButton):
        if not boton.isVisibleTo(dialogo) or boton.window() is not dialogo:
            continue
        visible = QRect(boton.mapToGlobal(QPoint(0, 0)), boton.size())
        cortado_por = None
        actual = boton.parentWidget()
        while actual is not None:
            propio = QRect(actual.mapToGlobal(QPoint(0, 0)), actual.size())
            recortado = visible.intersected(propio)
            if recortado != visible:
                padre = actual.parentWidget()
                desplaza = isinstance(padre, QAbstractScrollArea) and actual is padre.viewport()
                if not desplaza and cortado_por is None:
                    cortado_por = actual
                visible = recortado
            if actual is dialogo:
                break
            actual = actual.parentWidget()
        if cortado_por is not None:
            problemas.append(f"el botón «{_texto(boton)}» queda cortado por {type(cortado_por).__name__} "
                             f"{cortado_por.objectName()!r}: se ve {_rect(visible)} de "
                             f"{_rect(QRect(boton.mapToGlobal(QPoint(0, 0)), boton.size()))}")
        elif not visible.isEmpty() and not libre.contains(visible):
            problemas.append(f"el botón «{_texto(boton)}» {_rect(visible)} sale de la pantalla libre {_rect(libre)}")
    for boton in botones_de_la_botonera(dialogo):
        if dentro_de_desplazamiento(boton, dialogo):
            problemas.append(f"el botón «{_texto(boton)}» está dentro de un área con desplazamiento: no se ve "
                             "siempre")
    return problemas


# --- el recorrido ---------------------------------------------------------------------------------

def _paginas(dialogo, esperar):
    """Da el nombre de cada página a la vista: una en un diálogo; en un asistente, cada una a la que se llega con
    «Siguiente» (sin confirmar la importación)."""
    from PySide6.QtWidgets import QWizard

    if not isinstance(dialogo, QWizard):
        yield ""
        return
    vistas = set()
    while dialogo.currentId() not in vistas:
        vistas.add(dialogo.currentId())
        yield f"_{dialogo.currentId()}"
        pagina = dialogo.currentPage()
        if pagina is None or pagina.isCommitPage() or pagina.isFinalPage():
            return
        dialogo.next()
        esperar()


def recorrer(demo: Demo, carpeta: Path | None, esperar) -> tuple[list[str], list[str], list[str]]:
    """Abre cada diálogo de `COMO_ABRIR`, lo mira en cada página y lo cierra: (problemas, capturas, sin entrada)."""
    from PySide6.QtWidgets import QApplication

    libre = demo.padre.screen().availableGeometry()
    problemas, capturas = [], []
    clases = clases_de_dialogos()
    sin_entrada = sorted(set(clases) - set(COMO_ABRIR))
    if carpeta is not None:
        carpeta.mkdir(parents=True, exist_ok=True)
    for nombre, crear in COMO_ABRIR.items():
        try:
            dialogo = crear(demo)
        except Exception as error:  # noqa: BLE001 - la tabla quedó vieja: se dice cuál entrada
            problemas.append(f"[{nombre}] no se pudo abrir: {type(error).__name__}: {error}")
            continue
        dialogo.show()
        esperar()
        for pagina in _paginas(dialogo, esperar):
            problemas += [f"[{nombre}{pagina}] {p}" for p in problemas_del_dialogo(dialogo, libre)]
            if carpeta is not None:
                ruta = carpeta / f"{nombre.rsplit('.', 1)[1]}{pagina}.png"
                dialogo.grab().save(str(ruta), "PNG", 80)   # pantallas.CALIDAD_DE_LAS_CAPTURAS: la compresión rápida
                capturas.append(str(ruta))
        dialogo.hide()
        dialogo.deleteLater()
        QApplication.processEvents()
    return problemas, capturas, sin_entrada


def configurar_pantalla(ancho: int, alto: int) -> None:
    """La pantalla de la plataforma offscreen, de ancho×alto píxeles físicos (antes de crear la aplicación)."""
    archivo = Path(tempfile.mkdtemp(prefix="pantalla_")) / "pantalla.json"
    archivo.write_text(json.dumps({"screens": [{"name": f"Pantalla {ancho}x{alto}", "x": 0, "y": 0, "width": ancho,
                                                "height": alto, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={archivo}"


def _principal(argumentos: list[str]) -> int:
    base, ancho, alto, etiqueta = Path(argumentos[0]), int(argumentos[1]), int(argumentos[2]), argumentos[3]
    configurar_pantalla(ancho, alto)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.servicios.base import abrir_base

    aplicacion = crear_aplicacion()
    for pregunta in ("question", "information", "warning", "critical"):
        setattr(QMessageBox, pregunta, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    padre = QMainWindow()
    padre.setGeometry(padre.screen().availableGeometry())
    padre.show()
    db = abrir_base(base)
    demo = Demo(db, padre, base, QSettings(str(base.with_suffix(".ini")), QSettings.Format.IniFormat))

    def esperar():
        for _ in range(4):
            QApplication.processEvents()

    sys.path.insert(0, str(Path(__file__).parent))
    from pantallas import carpeta_de_artefactos

    problemas, capturas, sin_entrada = recorrer(demo, carpeta_de_artefactos() / "dialogos" / etiqueta, esperar)
    pantalla = padre.screen().availableGeometry()
    print(json.dumps({"escala": aplicacion.devicePixelRatio(), "pantalla": [pantalla.width(), pantalla.height()],
                      "idioma": aplicacion.idioma,
                      "problemas": problemas, "capturas": capturas, "sin_entrada": sin_entrada}, ensure_ascii=False))
    padre.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(RAIZ))
    sys.exit(_principal(sys.argv[1:]))
