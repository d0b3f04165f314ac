"""Adónde lleva cada paso del panel «Próximos pasos» de Inicio: un clic va al lugar (y, si lo hay, al diálogo) donde se
hace, como si se hubiera ido a mano. La acción del paso la decide el servicio (`dominio.agenda.Accion`); aquí, solo
el lugar de cada una (`LUGARES`, uno por cada acción de `dominio.agenda.ACCIONES`):

- convocar: Sesiones, con el diálogo de convocar para ese órgano y la fecha que sugiere el paso;
- una sesión convocada (prepararla, mandar su convocatoria, registrarla celebrada): la sesión abierta en el editor;
- un acta: la sesión en el editor, en la pestaña Acta (Aprobar…, Firmar…); si su aprobación ya está en el orden del
  día de otra sesión, esa sesión, con el punto elegido (para votarlo o adoptar su resolución);
- una elección: la sesión en el editor, en Votaciones, con el punto de la elección elegido;
- el traspaso: Órganos › Rotación de la Secretaría Ejecutiva, con el diálogo del traspaso en su fecha;
- mandatos de un órgano: Órganos, con el órgano elegido y el diálogo de designar (también la Secretaría Ejecutiva
  cuando no hay a quién traspasarla: el diálogo de designar en ella, desde el día siguiente al fin del período); de las
  unidades: Unidades temáticas;
- emitir, cargos, avisos: Cuotas, en su pestaña, con el año o la fecha del paso;
- la bandeja de salida: Archivo › Bandeja de salida… (el mismo diálogo);
- un convenio: el área Convenios, con el convenio elegido;
- una solicitud sobre datos personales: Datos personales › Solicitudes, con la solicitud elegida; lo que ya no hace
  falta conservar: Datos personales › Política, con esa sección a la vista.
- los primeros pasos de una asociación nueva: cargar el estatuto (Estatutos, «Cargar texto…»), crear un órgano
  (Órganos, «Nuevo órgano…»), la escala (Cuotas › Escalas, «Nueva escala…»), importar los miembros (Miembros, el
  asistente de importación), la cuenta de correo (Archivo › Cuenta de correo…) y la dirección pública (Archivo › Datos
  de la asociación…, con el campo a la vista).

La ventana solo conecta la señal de Inicio con `ir_al_paso`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate


if TYPE_CHECKING:
    from ..dominio.agenda import Accion, Paso


def _mostrar_area(ventana, vista) -> None:
    """Pone a la vista el área `vista` por la navegación (como un clic: guarda lo pendiente de una sesión)."""
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(vista))


def ir_al_paso(ventana, paso: Paso) -> None:
    """Lleva la ventana al lugar donde se hace `paso` (ver el docstring del módulo)."""
    if ventana.asociacion is None:
        return
    LUGARES[paso.accion.que](ventana, paso.accion)


def _convocar(ventana, accion: Accion) -> None:
    vista = ventana.sesiones
    _mostrar_area(ventana, vista)
    vista.convocar(accion.fecha, accion.organo_id)


def _sesion(ventana, sesion_id: int):
    vista = ventana.sesiones
    _mostrar_area(ventana, vista)
    vista.abrir(sesion_id)
    return vista.editor


def _abrir_sesion(ventana, accion: Accion) -> None:
    _sesion(ventana, accion.sesion_id)


def _acta(ventana, accion: Accion) -> None:
    if (accion.que in ("aprobar_acta", "adoptar_resolucion") and accion.punto_id is not None
            and accion.otra_sesion_id is not None):
        editor = _sesion(ventana, accion.otra_sesion_id)   # el punto «Aprobación del acta» está en la otra sesión
        editor.pestanas.setCurrentWidget(editor.orden)
        editor.orden.seleccionar(accion.punto_id)
        return
    editor = _sesion(ventana, accion.sesion_id)
    editor.pestanas.setCurrentWidget(editor.tab_acta)


def _eleccion(ventana, accion: Accion) -> None:
    editor = _sesion(ventana, accion.sesion_id)
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(accion.punto_id)


def _traspaso(ventana, accion: Accion) -> None:
    vista = ventana.organos
    _mostrar_area(ventana, vista)
    vista.pestanas.setCurrentWidget(vista.rotacion)
    vista.rotacion.traspaso(accion.fecha)


def _mandatos(ventana, accion: Accion) -> None:
    vista = ventana.organos
    _mostrar_area(ventana, vista)
    vista.pestanas.setCurrentIndex(0)
    if vista.seleccionar(accion.organo_id):
        vista.designar(accion.fecha, accion.cargo)


def _unidades(ventana, accion: Accion) -> None:
    vista = ventana.unidades
    _mostrar_area(ventana, vista)
    if accion.organo:
        vista.seleccionar(accion.organo)


def _cuotas(ventana, pestana: str):
    vista = ventana.cuotas
    _mostrar_area(ventana, vista)
    destino = getattr(vista, pestana)
    vista.pestanas.setCurrentWidget(destino)
    return destino


def _emitir(ventana, accion: Accion) -> None:
    _cuotas(ventana, "emision").anio.setValue(accion.anio)


def _cargos(ventana, accion: Accion) -> None:
    pestana = _cuotas(ventana, "cargos")
    pestana.anio.setValue(accion.anio)
    pestana.estado.setCurrentIndex(max(pestana.estado.findData("con_saldo"), 0))   # lo que falta cobrar


def _avisos(ventana, accion: Accion) -> None:
    pestana = _cuotas(ventana, "avisos")
    if accion.fecha is not None:
        pestana.al.setDate(QDate(accion.fecha))


def _bandeja(ventana, _accion: Accion) -> None:
    from .correo_en_la_ventana import abrir_bandeja

    abrir_bandeja(ventana)


def _convenio(ventana, accion: Accion) -> None:
    vista = ventana.convenios
    _mostrar_area(ventana, vista)
    vista.ir_al_convenio(accion.referencia)


def _solicitud_de_datos(ventana, accion: Accion) -> None:
    vista = ventana.datos_personales
    _mostrar_area(ventana, vista)
    vista.ir_a_la_solicitud(accion.referencia)


def _conservacion(ventana, _accion: Accion) -> None:
    vista = ventana.datos_personales
    _mostrar_area(ventana, vista)
    vista.ir_a_lo_vencido()


def _cargar_estatuto(ventana, _accion: Accion) -> None:
    vista = ventana.estatutos
    _mostrar_area(ventana, vista)
    vista.cargar_texto()


def _crear_organo(ventana, _accion: Accion) -> None:
    vista = ventana.organos
    _mostrar_area(ventana, vista)
    vista.nuevo_organo()


def _escala(ventana, _accion: Accion) -> None:
    _cuotas(ventana, "escalas").nueva()


def _importar_miembros(ventana, _accion: Accion) -> None:
    vista = ventana.miembros
    _mostrar_area(ventana, vista)
    vista.importar()


def _cuenta_correo(ventana, _accion: Accion) -> None:
    from .correo_en_la_ventana import abrir_cuenta

    abrir_cuenta(ventana)


def _direccion_publica(ventana, _accion: Accion) -> None:
    from .dialogos.asociacion import editar_datos_de_la_asociacion

    editar_datos_de_la_asociacion(ventana, campo="direccion_publica")


LUGARES = {
    "convocar": _convocar,
    "preparar_sesion": _abrir_sesion,
    "enviar_convocatoria": _abrir_sesion,
    "registrar_sesion": _abrir_sesion,
    "redactar_acta": _acta,
    "aprobar_acta": _acta,
    "adoptar_resolucion": _acta,
    "firmar_acta": _acta,
    "traspaso": _traspaso,
    "mandatos": _mandatos,
    "unidades": _unidades,
    "cerrar_eleccion": _eleccion,
    "confirmar_eleccion": _eleccion,
    "emitir": _emitir,
    "cargos": _cargos,
    "avisos": _avisos,
    "bandeja": _bandeja,
    "por_confirmar": _bandeja,
    "convenio": _convenio,
    "solicitud_de_datos": _solicitud_de_datos,
    "conservacion": _conservacion,
    "cargar_estatuto": _cargar_estatuto,
    "crear_organo": _crear_organo,
    "escala": _escala,
    "importar_miembros": _importar_miembros,
    "cuenta_correo": _cuenta_correo,
    "direccion_publica": _direccion_publica,
}
