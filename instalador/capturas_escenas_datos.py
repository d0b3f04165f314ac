"""Las escenas de `make capturas` de los datos personales (issue 65; el capítulo «Datos personales» de la guía): la
pestaña Personas con la intendenta de Córdoba registrada con su autoridad, su mandato en el Consejo y una asistencia, y
lo que podría ser suyo; y el plan de la supresión que pidió, antes de hacerla: lo que se conserva, y por qué. Como en
capturas_escenas.py, cada escena recibe el `Capturador` y escribe con los servicios de siempre."""

from datetime import timedelta


def datos_personales(c) -> None:
    from escritorio.interfaz.dialogos.supresion import DialogoPlanDeSupresion
    from escritorio.servicios.base import hoy
    from escritorio.servicios.personas import apariciones, registrar_persona
    from escritorio.servicios.solicitudes_de_datos import fijar_politica, registrar_solicitud
    from escritorio.servicios.supresion_de_datos import planear

    contexto = c.contexto
    fijar_politica(contexto, pais="AR", contacto="datos@redsur.ejemplo.org")
    de_ana = apariciones(contexto, texto="Ana Castro")
    elegidas = [next(a for a in de_ana if a["tabla"] == tabla) for tabla in ("autoridades", "mandatos", "asistencias")]
    ana = registrar_persona(contexto, None, [(a["tabla"], a["fila_id"]) for a in elegidas],
                            motivo="la intendenta de Córdoba")
    registrar_solicitud(contexto, ana, "acceso", recibida=hoy() - timedelta(days=9), canal="correo",
                        detalle="Quiero saber qué datos míos tiene la red")
    supresion = registrar_solicitud(contexto, ana, "supresion", recibida=hoy() - timedelta(days=1), canal="nota",
                                    detalle="Borren mis datos de la red")

    vista = c.ir_a("datos_personales")
    vista.recargar()
    vista.pestanas.setCurrentWidget(vista.personas)
    c.asentar()
    vista.personas.seleccionar_persona(ana)
    c.asentar()
    c.ventana_en("datos_personales", "datos_personales_personas")

    dialogo = DialogoPlanDeSupresion(planear(contexto, supresion.id), c.ventana)
    c.guardar(dialogo, "datos_personales_supresion")
    c.cerrar(dialogo)


ESCENAS = (datos_personales,)
