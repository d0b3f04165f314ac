"""Las escenas de `make capturas` de la sala (issue 64; el capítulo «La sala» de la guía): una Asamblea de hoy con
una moción admitida, tres enmiendas (dos que cambian el mismo párrafo) y la lista de oradores con alguien en el uso
de la palabra; la pestaña Enmiendas con una enmienda elegida, y la pantalla del proyector a 1024×768. Como en
capturas_escenas.py, cada escena recibe el `Capturador` y escribe con los servicios de siempre."""

from datetime import timedelta

TEXTO = ("Las ciudades de la red se comprometen a medir sus emisiones de gases de efecto invernadero cada año, con "
         "el método común que apruebe el Consejo.\n\n"
         "Cada ciudad publicará un plan de adaptación al cambio climático antes de 2028.\n\n"
         "La Secretaría Ejecutiva informará los avances en cada Cumbre.")


def sala(c) -> None:
    """La pantalla del proyector con la enmienda que se vota, quien tiene la palabra y los próximos oradores; y la
    pestaña Enmiendas con esa enmienda elegida (su comparación a la derecha, los votos contados abajo)."""
    from escritorio.dominio.enmiendas import Cambio
    from escritorio.servicios import enmiendas, mociones, oradores
    from escritorio.servicios.sesiones import asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria
    from escritorio.servicios.sesiones import puntos as sesiones_puntos
    from escritorio.servicios.base import hoy
    from escritorio.servicios.organos import listar_organos

    contexto = c.contexto
    asamblea = next(o for o in listar_organos(contexto) if o["tipo"] == "asamblea")["id"]
    sesion = sesiones_convocatoria.convocar(contexto, asamblea, sesiones_convocatoria.NuevaSesion(
        fecha=hoy(), hora="15:00", lugar="Palacio Municipal de Rosario, Salón de Actos",
        convocada_el=hoy() - timedelta(days=30)))
    punto = sesiones_puntos.agregar_punto(contexto, sesion, "Declaración de la Cumbre sobre ciudades y clima",
                                          "votacion")
    habilitados = sesiones_asistencia.asistencia(contexto, sesion).habilitados
    sesiones_asistencia.registrar_asistencias(contexto, sesion, [
        sesiones_asistencia.MarcaAsistencia(h.miembro_id, "presente") for h in habilitados[:len(habilitados) * 3 // 4]])
    ids = [h.miembro_id for h in habilitados]

    mocion = mociones.presentar(contexto, punto, "Declaración sobre ciudades y clima", TEXTO,
                                "La red debe actuar con metas comunes.", autores=[ids[0]], apoyos=[ids[1], ids[2]],
                                recibida_el=hoy() - timedelta(days=20))
    mociones.admitir(contexto, mocion.id)
    cambios = (
        [Cambio("reemplazar", 2, "Cada ciudad publicará un plan de adaptación y otro de mitigación antes de 2027.")],
        [Cambio("reemplazar", 2, "Cada ciudad publicará un plan de adaptación al cambio climático antes de 2030, "
                                 "con la asistencia técnica de la red.")],
        [Cambio("insertar", 3, "La red ofrecerá asistencia técnica a las ciudades que la pidan.")],
    )
    presentadas = []
    for autor, cambio in zip(ids[3:6], cambios):
        enmienda = enmiendas.presentar(contexto, mocion.id, cambio, [autor], recibida_el=hoy() - timedelta(days=10))
        enmiendas.admitir(contexto, enmienda.id)
        presentadas.append(enmienda.id)
    primera, segunda, tercera = presentadas
    enmiendas.fijar_orden(contexto, mocion.id, [primera, tercera, segunda])   # la presidencia: la 1 primero
    for miembro, tipo in ((ids[1], "intervencion"), (ids[4], "en_contra"), (ids[6], "a_favor"),
                          (ids[7], "intervencion")):
        oradores.pedir_palabra(contexto, punto, miembro, tipo=tipo, mocion_id=mocion.id)
    oradores.dar_la_palabra(contexto, punto, mocion.id)

    vista = c.ir_a("sesiones")
    vista.recargar(sesion)
    vista.abrir(sesion)
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.tab_enmiendas)
    pestana = editor.tab_enmiendas
    pestana.mocion.setCurrentIndex(pestana.mocion.findData(mocion.id))
    c.asentar()
    pestana.lista.selectRow(0)   # la que se vota ahora: el proyector la muestra

    from escritorio.interfaz.proyector import abrir_proyector

    proyector = abrir_proyector(editor, c.oficina, sesion)
    c.esperar(lambda: proyector.isVisible(), "la pantalla del proyector")
    c.guardar(proyector, "sala_proyector", (1024, 768))
    proyector.close()
    c.asentar()
    # Los votos contados, después de cerrar el proyector: la pestaña muestra lo que daría cerrar la votación ahora.
    pestana.a_favor.setValue(152)
    pestana.en_contra.setValue(41)
    pestana.abstenciones.setValue(9)
    c.ventana_en("sesiones", "sala_enmiendas")
    vista.volver_a_la_lista()


ESCENAS = (sala,)
