"""Las escenas de `make capturas` de las áreas de siempre: primeros pasos, miembros, cuotas, sesiones, importación,
estatutos, órganos y unidades. Cada una recibe el `Capturador` (capturas.py) y arma los diálogos como la ventana:
con su oficina (`c.oficina`) y la ventana de padre. Los nombres de las capturas son los que usa la guía."""

from datetime import date, timedelta
from pathlib import Path

from escritorio.recursos import carpeta_recursos

VENTANA = (1200, 800)   # como en capturas.py


def _miembro(c, nombre: str) -> dict:
    from escritorio.servicios.miembros import listar_miembros

    return next(m for m in listar_miembros(c.contexto) if m["nombre"] == nombre)


def _organo(c, tipo: str) -> dict:
    from escritorio.servicios.organos import listar_organos

    return next(o for o in listar_organos(c.contexto) if o["tipo"] == tipo)


def primeros_pasos(c) -> None:
    """La bienvenida, el asistente de una asociación nueva, Inicio con sus próximos pasos y el mapa."""
    from escritorio.interfaz.dialogos.bienvenida import AsistenteAsociacion, DialogoBienvenida
    from escritorio.servicios.base import abrir_base

    bienvenida = DialogoBienvenida()
    c.guardar(bienvenida, "bienvenida")
    c.cerrar(bienvenida)
    vacia = abrir_base(c.temporal / "vacia.db")
    asistente = AsistenteAsociacion(vacia)
    asistente.datos.nombre.setText("Red de Municipios del Litoral")
    asistente.datos.sigla.setText("RML")
    c.guardar(asistente, "asistente_asociacion_datos")
    asistente.next()
    asistente.paises.fijar("AR", "pleno")
    asistente.paises.fijar("UY", "pleno")
    asistente.paises.fijar("BR", "asociado")
    c.guardar(asistente, "asistente_asociacion_paises")
    c.cerrar(asistente)
    vacia.close()

    inicio = c.ir_a("inicio")
    pasos = inicio.proximos_pasos
    c.esperar(lambda: pasos.listo and pasos.agenda is not None, "los próximos pasos de Inicio")   # otro hilo
    c.ventana_en("inicio", "inicio")
    c.guardar(inicio.tarjeta_pasos, "proximos_pasos")
    # El mapa con el color por tramo de población: con el de estado, la red de ejemplo (toda activa) es de un color.
    inicio.mapa.color_por.setCurrentIndex(inicio.mapa.color_por.findData("tramo"))
    c.guardar(inicio.tarjeta_mapa, "inicio_mapa")
    inicio.mapa.color_por.setCurrentIndex(0)


def miembros(c) -> None:
    """El padrón, una búsqueda, cada pestaña de la ficha, una ficha nueva con errores y la baja."""
    from escritorio.interfaz.dialogos.baja import DialogoBaja
    from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro

    vista = c.ir_a("miembros")
    c.ventana_en("miembros", "miembros")
    todos = vista.filtro.rowCount()
    vista.busqueda.setText("sao paulo")   # sin acentos ni mayúsculas: la ciudad y las del estado de São Paulo
    c.esperar(lambda: 0 < vista.filtro.rowCount() < todos, "la búsqueda del padrón")
    c.ventana_en("miembros", "miembros_busqueda")
    vista.busqueda.clear()

    rosario = _miembro(c, "Rosario")
    ficha = DialogoFichaMiembro(c.oficina, rosario["id"], c.ventana)
    for indice, nombre in enumerate(("datos", "poblacion", "autoridades", "estado")):
        ficha.pestanas.setCurrentIndex(indice)
        c.guardar(ficha, f"ficha_{nombre}")
    c.cerrar(ficha)
    nueva = DialogoFichaMiembro(c.oficina, None, c.ventana)
    nueva.correo.setText("no-es-un-correo")
    nueva.guardar()
    c.guardar(nueva, "ficha_nuevo_con_errores")
    c.cerrar(nueva)
    baja = DialogoBaja(c.oficina, rosario["id"], rosario["nombre"], c.ventana)
    c.guardar(baja, "baja")
    c.cerrar(baja)


def cuotas(c) -> None:
    """Cada pestaña de Cuotas (la emisión con la vista previa del año próximo), el pago, la escala y la cuenta."""
    from escritorio.interfaz.dialogos.escala import DialogoEscala
    from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
    from escritorio.interfaz.dialogos.pago import DialogoPago
    from escritorio.servicios.cobranza import morosidad

    vista = c.ir_a("cuotas")
    vista.emision.anio.setValue(vista.emision.anio.value() + 1)
    vista.emision.vista_previa()
    for indice, nombre in enumerate(("escalas", "emision", "cargos", "pagos", "morosidad", "avisos")):
        vista.pestanas.setCurrentIndex(indice)
        c.ventana_en("cuotas", f"cuotas_{nombre}")
    deudor = morosidad(c.contexto)[0].miembro_id
    pago = DialogoPago(c.oficina, padre=c.ventana)
    pago.elegir_miembro(deudor)
    pago._pagar_todo()
    pago.referencia.setText("TRF-20261123")
    c.guardar(pago, "cuotas_pago")
    c.cerrar(pago)
    escala = DialogoEscala(c.oficina, c.ventana)
    c.guardar(escala, "cuotas_escala")
    escala.fijar_tramos([("0", "150"), ("500.000", "600"), ("100.000", "1.200")])
    escala.guardar()
    c.guardar(escala, "cuotas_escala_con_errores")
    c.cerrar(escala)
    cuenta = DialogoFichaMiembro(c.oficina, deudor, c.ventana)
    cuenta.mostrar_cuenta()
    c.guardar(cuenta, "ficha_cuenta")
    c.cerrar(cuenta)


def sesiones(c) -> None:
    """La lista con el calendario, una sesión del Consejo de hoy (orden del día, asistencia con el quórum en vivo,
    una votación por conteo, una elección, el acta), un acta aprobada y el diálogo de convocar."""
    from escritorio.interfaz.dialogos.sesion.formularios import DialogoConvocar
    from escritorio.servicios import elecciones as servicio_elecciones
    from escritorio.servicios import sesiones as servicio_sesiones
    from escritorio.servicios.sesiones import (asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria,
                                               puntos as sesiones_puntos)
    from escritorio.servicios.base import hoy
    from escritorio.servicios.organos import listar_organos

    contexto = c.contexto
    consejo = _organo(c, "consejo")["id"]
    sesion = sesiones_convocatoria.convocar(contexto, consejo, sesiones_convocatoria.NuevaSesion(
        fecha=hoy(), hora="10:00", lugar="Intendencia de Montevideo, Sala Ernesto de los Campos",
        convocada_el=hoy() - timedelta(days=10)))
    puntos = {}
    for titulo, tipo in (("Informe de la Secretaría Ejecutiva", "informativo"),
                         ("Aprobación de la escala de cuotas", "votacion"),
                         ("Elección de la Vicepresidencia del Consejo", "eleccion"),
                         ("Aprobación de la presente acta", "votacion")):
        puntos[tipo] = sesiones_puntos.agregar_punto(contexto, sesion, titulo, tipo)
    integrantes = sesiones_asistencia.asistencia(contexto, sesion).habilitados
    sesiones_asistencia.registrar_asistencias(contexto, sesion, [
        sesiones_asistencia.MarcaAsistencia(integrante.miembro_id, "presente")
        for integrante in integrantes[:len(integrantes) // 2 + 2]])
    eleccion = puntos["eleccion"]
    servicio_elecciones.definir_eleccion(contexto, eleccion, servicio_elecciones.NuevaEleccion(
        consejo, "vicepresidente", date(hoy().year + 1, 1, 1), date(hoy().year + 2, 12, 31)))
    candidaturas = [servicio_elecciones.agregar_candidatura(contexto, eleccion, i.miembro_id, i.persona)
                    for i in integrantes[:3]]

    vista = c.ir_a("sesiones")
    vista.recargar(sesion)
    c.ventana_en("sesiones", "sesiones")
    vista.abrir(sesion)
    editor = vista.editor
    for indice, nombre in enumerate(("orden", "asistencia", "votaciones", "acta")):
        editor.pestanas.setCurrentIndex(indice)
        if nombre == "votaciones":
            editor.votaciones.a_favor.setValue(6)
            editor.votaciones.en_contra.setValue(2)
            editor.votaciones.abstenciones.setValue(1)
        c.ventana_en("sesiones", f"sesion_{nombre}")
    editor.pestanas.setCurrentIndex(2)
    editor.votaciones.seleccionar(eleccion)
    panel = editor.votaciones.panel_eleccion
    for candidatura, votos in zip(candidaturas, (5, 2, 1)):
        panel._contadores[candidatura].setValue(votos)
    panel.blancos.setValue(1)
    c.ir_a("sesiones")
    c.guardar(c.ventana, "sesion_eleccion", (1200, 900))   # más alta: el resultado en vivo se ve entero
    c.ventana.resize(*VENTANA)
    aprobada = next(s for s in servicio_sesiones.listar_sesiones(contexto) if s["estado_acta"] == "aprobada")
    vista.abrir(aprobada["id"])
    editor.pestanas.setCurrentIndex(3)
    c.ventana_en("sesiones", "sesion_acta_aprobada")
    vista.volver_a_la_lista()
    convocar = DialogoConvocar(c.oficina, listar_organos(contexto), vista.sesiones, consejo, hoy() + timedelta(days=7),
                               c.ventana)
    c.guardar(convocar, "sesion_convocar")
    c.cerrar(convocar)


def _planilla_con_errores(carpeta: Path) -> Path:
    from openpyxl import Workbook

    libro = Workbook()
    hoja = libro.active
    hoja.append(["Municipio", "Nación", "Habitantes", "Fecha de ingreso"])
    hoja.append(["Paysandú", "Uruguay", "76.412", "15/03/2001"])
    hoja.append(["Concordia", "Argentina", "muchos", "01/07/2003"])
    hoja.append(["Springfield", "Narnia", 30000, "31/02/2020"])
    ruta = carpeta / "padron-con-errores.xlsx"
    libro.save(ruta)
    return ruta


def importacion(c) -> None:
    """El asistente de importación con una planilla que tiene errores: el archivo, las columnas y la revisión."""
    from escritorio.interfaz.dialogos.importacion import AsistenteImportacion

    tamano = (900, 640)
    importar = AsistenteImportacion(c.oficina, c.ventana, ruta_inicial=str(_planilla_con_errores(c.temporal)))
    c.guardar(importar, "importacion_archivo", tamano)
    importar.next()
    c.guardar(importar, "importacion_columnas", tamano)
    nacion = importar.currentPage().combos[1]   # la columna «Nación» no se reconoce sola: se asigna a País
    nacion.setCurrentIndex(nacion.findData("pais"))
    c.guardar(importar, "importacion_columnas_corregidas", tamano)
    importar.next()
    c.guardar(importar, "importacion_validacion", tamano)
    # Decidir en la lista (issue 61 §5): la población de Concordia corregida, la fila de Springfield omitida.
    panel = importar.pagina_validacion.panel
    tabla = panel.tabla
    filas = {tabla.item(f, 0).text(): f for f in range(tabla.rowCount())}
    tabla.setCurrentCell(filas["3"], 2)
    tabla.item(filas["3"], 2).setText("48.000")
    tabla.setCurrentCell(filas["4"], 2)
    panel.omitir_actual()
    c.guardar(importar, "importacion_decidir", tamano)
    c.cerrar(importar)


def estatutos(c) -> None:
    """El artículo 13 con su reforma de 2019 comparada; cargar un texto y registrar una reforma."""
    from escritorio.interfaz.dialogos.cargar_norma import DialogoCargarNorma
    from escritorio.interfaz.dialogos.reforma import DialogoReforma

    vista = c.ir_a("estatutos")
    vista.seleccionar_articulo("13")
    c.ventana_en("estatutos", "estatutos")
    cargar = DialogoCargarNorma(c.oficina, c.ventana)
    cargar.cargar_archivo(carpeta_recursos() / "datos" / "estatuto_demo.md")
    c.guardar(cargar, "estatutos_cargar_texto")
    c.cerrar(cargar)
    reforma = DialogoReforma(c.oficina, vista.norma, c.ventana, numero="12")
    reforma.texto.setPlainText(reforma.texto.toPlainText().replace("una vez por año", "dos veces por año"))
    reforma.agregar()
    c.guardar(reforma, "estatutos_reforma")
    c.cerrar(reforma)


def organos(c) -> None:
    """El Consejo con su aviso de composición, designar, sus reglas de sesión, la historia, la rotación y el
    traspaso."""
    from escritorio.interfaz.dialogos.mandato import DialogoHistoriaMandatos, DialogoMandato
    from escritorio.interfaz.dialogos.organo import DialogoTraspaso
    from escritorio.interfaz.dialogos.reglas_sesion import DialogoReglasSesion

    vista = c.ir_a("organos")
    vista.seleccionar(_organo(c, "consejo")["id"])
    c.ventana_en("organos", "organos")
    designar = DialogoMandato(c.oficina, vista.organo, vista.miembros, c.ventana)
    designar.miembro.elegir(_miembro(c, "Rosario")["id"])
    c.guardar(designar, "organos_designar")
    c.cerrar(designar)
    reglas = DialogoReglasSesion(c.oficina, vista.organo, c.ventana)
    c.guardar(reglas, "organos_reglas_sesion")
    c.cerrar(reglas)
    vista.seleccionar(_organo(c, "comision_directiva")["id"])
    historia = DialogoHistoriaMandatos(c.oficina, vista.organo, c.ventana)
    c.guardar(historia, "organos_historia")
    c.cerrar(historia)
    vista.pestanas.setCurrentIndex(1)
    c.ventana_en("organos", "organos_rotacion")
    traspaso = DialogoTraspaso(c.oficina, vista.miembros, c.ventana)
    c.guardar(traspaso, "organos_traspaso")
    c.cerrar(traspaso)
    vista.pestanas.setCurrentIndex(0)


def unidades(c) -> None:
    """La unidad de Cultura con su plan de trabajo más lleno (una actividad realizada, una atrasada, una prevista y
    una cancelada): la pestaña Participantes, el plan del año con una actividad elegida, su informe y una actividad
    nueva."""
    from escritorio.interfaz.dialogos.actividad import DialogoActividad
    from escritorio.interfaz.dialogos.informe_actividad import DialogoInformeActividad
    from escritorio.servicios.base import hoy
    from escritorio.servicios.unidades import NuevaActividad, agregar_actividad

    vista = c.ir_a("unidades")
    vista.seleccionar("UT Cultura")
    unidad = vista.unidad
    responsable = _miembro(c, "Montevideo")["id"]
    anio = hoy().year
    for titulo, desde, hasta, estado, resultado in (
            ("Festival de las ciudades", date(anio, 3, 20), date(anio, 3, 22), "realizada",
             "Participaron 32 ciudades de 7 países; la próxima edición será en Córdoba."),
            ("Relevamiento cultural", date(anio, 4, 1), hoy() - timedelta(days=20), "en_curso", None),
            ("Encuentro de gestores", hoy() + timedelta(days=15), hoy() + timedelta(days=16), "prevista", None),
            ("Muestra de patrimonio", date(anio, 6, 1), date(anio, 6, 30), "cancelada", None)):
        agregar_actividad(c.contexto, unidad["id"], NuevaActividad(
            titulo=titulo, desde=desde, hasta=hasta, estado=estado, responsable_id=responsable, resultado=resultado))
    vista.recargar(unidad["id"])
    vista.pestanas.setCurrentIndex(1)
    c.ventana_en("unidades", "unidades")
    vista.pestanas.setCurrentIndex(0)
    plan = vista.plan
    plan.anio.setCurrentIndex(max(plan.anio.findData(anio), 0))
    festival = next(i for i, a in enumerate(plan.actividades) if a["estado"] == "realizada")
    plan.tabla.selectRow(festival)
    c.ventana_en("unidades", "unidades_plan")
    informe = DialogoInformeActividad(c.oficina, plan.actividades[festival]["id"], c.ventana)
    c.guardar(informe, "unidades_informe")
    c.cerrar(informe)
    actividad = DialogoActividad(c.oficina, unidad, vista.miembros, None, c.ventana)
    actividad.titulo.setText("Taller de economía circular")
    c.guardar(actividad, "unidades_actividad")
    c.cerrar(actividad)


ESCENAS = (primeros_pasos, miembros, cuotas, sesiones, importacion, estatutos, organos, unidades)
