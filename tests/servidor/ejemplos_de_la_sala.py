"""Los ejemplos de las órdenes de la sala para tests/servidor/test_papeles_por_orden.py: mociones, enmiendas, votos,
oradores, la reunión (asistencia, votaciones, resoluciones, el acta), las elecciones, las adhesiones y las reglas de
la sala. `PREPARAR` deja, con el login del administrador, lo que cada una necesita (una moción admitida, una enmienda,
una elección abierta…) y guarda sus ids en marcas nuevas.

La sesión 4 de la demo (Consejo, celebrada, acta en borrador, con asistencia y quórum) recibe lo que se debate y se
vota; la sesión futura de la prueba (2027-02-01, con su punto «Agua segura»), lo que solo se presenta o se ordena.
La elección se cierra al final: su preparación es la más larga.
"""

_TEXTO = "La red impulsa un programa de agua segura.\n\nCada ciudad informa sus avances."
_RECIBIDA = "2026-09-01"   # antes de la sesión 4 (15/09/2026): una moción o enmienda recibida a tiempo


def _mocion(punto: str = "{punto_futuro}", *extra: str) -> list[str]:
    """Presenta una moción de Rosario en el punto, en JSON (su id y su número en la sesión)."""
    return ["mociones", "presentar", "--punto", punto, "--titulo", "Agua segura", "--texto", _TEXTO, "--autor",
            "{miembro}", *extra, "--json"]


_PRESENTADA = [(_mocion(), {"mocion": "id", "numero": "numero"})]
# En la sesión 4, ya celebrada y con su asistencia: lo que la sala decide (aplazar, derivar, votar).
_ADMITIDA_EN_LA_4 = [(_mocion("{punto}", "--recibida", _RECIBIDA), {"mocion": "id", "numero": "numero"}),
                     (["mociones", "admitir", "{numero}", "--sesion", "{sesion}"], {})]


def _sesion_de_voto(fecha: str) -> list[tuple[list[str], dict[str, str]]]:
    """Una sesión del Consejo con quórum (nueve presentes de diecisiete) y un punto de votación, para el voto
    electrónico (issue 85): cada orden, en la suya."""
    return [(["sesiones", "convocar", "{organo}", "--fecha", fecha, "--lugar", "Rosario", "--json"],
             {"sesion_voto": "id"}),
            (["sesiones", "asistencia", "{sesion_voto}", "--presentes", "7,1,70,212,178,71,150,275,276"], {}),
            (["sesiones", "punto", "{sesion_voto}", "--titulo", "Agua segura", "--tipo", "votacion", "--json"],
             {"punto_voto": "id"})]


_URNA = [(["voto", "abrir", "--sesion", "{sesion_voto}", "--punto", "{punto_voto}", "--json"], {"urna": "urna"})]


def _enmienda(parrafo: str = "1", marca: str = "enmienda", *extra: str) -> tuple[list[str], dict[str, str]]:
    return (["enmiendas", "presentar", "--mocion", "{mocion}", "--reemplazar", parrafo, "--texto",
             "La red impulsa un programa regional de agua segura.", "--autor", "{miembro}", *extra, "--json"],
            {marca: "id"})


# Un punto de elección de la coordinación de la UT Cultura, con dos candidaturas (Córdoba y Mar del Plata).
_ELECCION = [
    (["sesiones", "punto", "{sesion}", "--titulo", "Elección de la coordinación", "--tipo", "eleccion", "--json"],
     {"eleccion": "id"}),
    (["sesiones", "eleccion", "{eleccion}", "--organo", "{unidad}", "--cargo", "coordinador", "--desde", "2027-01-01"],
     {}),
    (["sesiones", "candidatura", "{eleccion}", "--miembro", "2", "--persona", "Ana Castro", "--json"],
     {"candidata": "id"}),
    (["sesiones", "candidatura", "{eleccion}", "--miembro", "7", "--json"], {"otra_candidata": "id"}),
]
# El punto de votación nuevo en la sesión 4.
_PUNTO_DE_VOTACION = [(["sesiones", "punto", "{sesion}", "--titulo", "Convenio con la CEPAL", "--tipo", "votacion",
                        "--json"], {"votacion": "id"})]
_APROBADO = _PUNTO_DE_VOTACION + [(["sesiones", "votar", "{votacion}", "--a-favor", "12", "--en-contra", "2"], {})]

EJEMPLOS: dict[str, list[str]] = {
    # --- mociones
    "mociones ver": ["mociones", "ver", "{numero}", "--sesion", "{sesion_futura}"],
    "mociones admitir": ["mociones", "admitir", "{numero}", "--sesion", "{sesion_futura}"],
    "mociones no-admitir": ["mociones", "no-admitir", "{numero}", "--sesion", "{sesion_futura}", "--motivo",
                            "Ajena al punto"],
    "mociones retirar": ["mociones", "retirar", "{numero}", "--sesion", "{sesion_futura}", "--motivo",
                         "La retiran sus autores"],
    "mociones aplazar": ["mociones", "aplazar", "{numero}", "--sesion", "{sesion}", "--motivo",
                         "Falta el informe de la UT"],
    "mociones no-tratar": ["mociones", "no-tratar", "{numero}", "--sesion", "{sesion}", "--motivo",
                           "No hubo tiempo"],
    "mociones derivar": ["mociones", "derivar", "{numero}", "--sesion", "{sesion}", "--organo", "{unidad}",
                         "--motivo", "Es de la unidad"],
    "mociones retomar": ["mociones", "retomar", "{numero}", "--sesion", "{sesion}", "--punto", "#{punto_futuro}"],
    "mociones apoyar": ["mociones", "apoyar", "{numero}", "--sesion", "{sesion_futura}", "--miembro", "1"],
    "mociones recomendar": ["mociones", "recomendar", "{numero}", "--sesion", "{sesion_futura}", "--organo",
                            "{unidad}", "--recomienda", "aprobar_con_cambios", "--nota", "Con la enmienda 2"],
    "mociones categorizar": ["mociones", "categorizar", "{numero}", "--sesion", "{sesion_futura}", "--categoria",
                             "HAC"],
    "mociones lineas": ["mociones", "lineas", "{numero}", "--sesion", "{sesion_futura}"],
    "mociones recomendar-cambio": ["mociones", "recomendar-cambio", "{numero}", "--sesion", "{sesion_futura}",
                                   "--lineas", "2", "--texto", "Cada ciudad informa sus avances cada año."],
    "mociones aceptar-cambio": ["mociones", "aceptar-cambio", "{numero}", "--sesion", "{sesion_futura}",
                                "--recomendacion", "1"],
    # --- el voto electrónico (issue 85): en una sesión propia de cada orden, con quórum (PREPARAR)
    "voto codigos": ["voto", "codigos", "--sesion", "{sesion_voto}", "--miembro", "7"],
    "voto abrir": ["voto", "abrir", "--sesion", "{sesion_voto}", "--punto", "{punto_voto}", "--secreta"],
    "voto emitir": ["voto", "emitir", "--codigo", "{codigo}", "--urna", "{urna}", "--eleccion", "a_favor"],
    "voto estado": ["voto", "estado", "--urna", "{urna}"],
    "voto cerrar": ["voto", "cerrar", "--urna", "{urna}"],
    "voto descartar": ["voto", "descartar", "--urna", "{urna}"],
    "mociones rechazar-cambio": ["mociones", "rechazar-cambio", "{numero}", "--sesion", "{sesion_futura}",
                                 "--recomendacion", "1"],
    # --- enmiendas
    "enmiendas presentar": ["enmiendas", "presentar", "--mocion", "{mocion}", "--suprimir", "2", "--autor",
                            "{miembro}", "--fundamento", "Cada ciudad decide cómo informa."],
    "enmiendas listar": ["enmiendas", "listar", "--mocion", "{mocion}"],
    "enmiendas admitir": ["enmiendas", "admitir", "{enmienda}"],
    "enmiendas no-admitir": ["enmiendas", "no-admitir", "{enmienda}", "--motivo", "Ajena a la moción"],
    "enmiendas retirar": ["enmiendas", "retirar", "{enmienda}", "--motivo", "La retira su autora"],
    "enmiendas orden": ["enmiendas", "orden", "--mocion", "{mocion}", "--fijar", "{enmienda},{otra_enmienda}"],
    "enmiendas texto-final": ["enmiendas", "texto-final", "--mocion", "{mocion}"],
    # --- votos de la sala
    "votos enmienda": ["votos", "enmienda", "{enmienda}", "--a-favor", "10", "--en-contra", "3",
                       "--abstenciones", "1"],
    "votos mocion": ["votos", "mocion", "{mocion}", "--a-favor", "12", "--en-contra", "2"],
    "votos adoptar": ["votos", "adoptar", "{mocion}", "--tipo", "declaracion"],
    # --- bloques de mociones (issue 82)
    "bloques crear": ["bloques", "crear", "Hacienda", "--sesion", "{sesion}"],
    "bloques listar": ["bloques", "listar", "--sesion", "{sesion}"],
    "bloques agregar": ["bloques", "agregar", "Agua", "--sesion", "{sesion}", "--mocion", "{numero}"],
    "bloques quitar": ["bloques", "quitar", "--sesion", "{sesion}", "--mocion", "{numero}"],
    "bloques borrar": ["bloques", "borrar", "Agua", "--sesion", "{sesion}"],
    "bloques votar": ["bloques", "votar", "Agua", "--sesion", "{sesion}", "--a-favor", "12", "--en-contra", "2"],
    # --- oradores
    "oradores siguiente": ["oradores", "siguiente", "--punto", "{punto}"],
    "oradores terminar": ["oradores", "terminar", "--punto", "{punto}"],
    "oradores cerrar": ["oradores", "cerrar", "--punto", "{punto}"],
    "oradores reabrir": ["oradores", "reabrir", "--punto", "{punto}"],
    "oradores retirar": ["oradores", "retirar", "{pedido}"],
    "oradores pausar": ["oradores", "pausar", "--punto", "{punto}"],
    "oradores reanudar": ["oradores", "reanudar", "--punto", "{punto}"],
    "oradores mover": ["oradores", "mover", "{pedido}", "--lugar", "1"],
    # --- la reunión y el acta
    "sesiones asistencia": ["sesiones", "asistencia", "{sesion}", "--excusados", "74"],   # Belo Horizonte
    "sesiones votar": ["sesiones", "votar", "{votacion}", "--a-favor", "12", "--en-contra", "2"],
    "sesiones resolucion": ["sesiones", "resolucion", "{votacion}", "--titulo", "Aprueba el convenio con la CEPAL"],
    "sesiones celebrada": ["sesiones", "celebrada", "{pasada}", "--hora-cierre", "13:00"],
    "sesiones borrador": ["sesiones", "borrador", "{sesion}", "--cierre", "Sin más asuntos, se levanta la sesión."],
    "sesiones punto-aprobacion-acta": ["sesiones", "punto-aprobacion-acta", "{sesion}"],
    "sesiones aprobar-acta": ["sesiones", "aprobar-acta", "{sesion}", "--resolucion", "#{aprueba_el_acta}"],
    # --- elecciones
    "sesiones eleccion": ["sesiones", "eleccion", "{eleccion}", "--organo", "{unidad}", "--cargo", "coordinador",
                          "--desde", "2027-01-01"],
    "sesiones candidatura": ["sesiones", "candidatura", "{eleccion}", "--miembro", "2", "--persona", "Ana Castro"],
    "sesiones quitar-candidatura": ["sesiones", "quitar-candidatura", "{candidata}"],
    "sesiones segunda-vuelta": ["sesiones", "segunda-vuelta", "{eleccion}"],
    "sesiones confirmar-eleccion": ["sesiones", "confirmar-eleccion", "{eleccion}"],
    # --- resoluciones y reglas de la sala
    "resoluciones adherir": ["resoluciones", "adherir", "declaracion:1/2025", "--entidad", "Eurocities", "--tipo",
                             "red"],
    "sala reglas": ["sala", "reglas", "--organo", "{organo}", "--plazo-mociones", "10", "--segundos-palabra", "240"],
    "sala categoria": ["sala", "categoria", "--organo", "{organo}", "Moción de orden", "--rango", "1"],
    "sala categorias": ["sala", "categorias", "--organo", "{organo}"],
    "sala categoria-mocion": ["sala", "categoria-mocion", "--organo", "{organo}", "Ambiente", "--prefijo", "AMB"],
    "sala categorias-mocion": ["sala", "categorias-mocion", "--organo", "{organo}"],
}

PREPARAR: dict[str, list[tuple[list[str], dict[str, str]]]] = {
    "mociones ver": _PRESENTADA,
    "mociones admitir": _PRESENTADA,
    "mociones no-admitir": _PRESENTADA,
    "mociones retirar": _PRESENTADA,
    "mociones apoyar": _PRESENTADA,
    "mociones recomendar": _PRESENTADA,
    # La categoría «Hacienda» (HAC) del órgano de la sesión futura, y una moción presentada allí.
    "mociones categorizar": [(["sala", "categoria-mocion", "--organo", "{organo}", "Hacienda", "--prefijo",
                               "HAC"], {})] + _PRESENTADA,
    # Las líneas y las recomendaciones de cambio (issue 82): una moción presentada y, para decidir, una recomendación.
    "mociones lineas": _PRESENTADA,
    "mociones recomendar-cambio": _PRESENTADA,
    "mociones aceptar-cambio": _PRESENTADA + [(["mociones", "recomendar-cambio", "{numero}", "--sesion",
                                                "{sesion_futura}", "--lineas", "1", "--suprimir"], {})],
    "mociones rechazar-cambio": _PRESENTADA + [(["mociones", "recomendar-cambio", "{numero}", "--sesion",
                                                 "{sesion_futura}", "--lineas", "1", "--suprimir"], {})],
    "voto codigos": _sesion_de_voto("2026-01-11"),
    "voto abrir": _sesion_de_voto("2026-01-12"),
    "voto emitir": _sesion_de_voto("2026-01-13") + _URNA + [
        (["voto", "codigos", "--sesion", "{sesion_voto}", "--miembro", "7", "--json"], {"codigo": "codigo"})],
    "voto estado": _sesion_de_voto("2026-01-14") + _URNA,
    "voto descartar": _sesion_de_voto("2026-01-16") + _URNA,
    "voto cerrar": _sesion_de_voto("2026-01-15") + _URNA + [
        (["voto", "codigos", "--sesion", "{sesion_voto}", "--miembro", "7", "--json"], {"codigo": "codigo"}),
        (["voto", "emitir", "--codigo", "{codigo}", "--urna", "{urna}", "--eleccion", "a_favor"], {})],
    "mociones aplazar": _ADMITIDA_EN_LA_4,
    "mociones derivar": _ADMITIDA_EN_LA_4,
    "mociones no-tratar": _ADMITIDA_EN_LA_4,
    "mociones retomar": _ADMITIDA_EN_LA_4 + [
        (["mociones", "aplazar", "{numero}", "--sesion", "{sesion}", "--motivo", "Falta el informe de la UT"], {})],
    "enmiendas presentar": _PRESENTADA,
    "enmiendas listar": _PRESENTADA + [_enmienda()],
    "enmiendas admitir": _PRESENTADA + [_enmienda()],
    "enmiendas no-admitir": _PRESENTADA + [_enmienda()],
    "enmiendas retirar": _PRESENTADA + [_enmienda()],
    "enmiendas orden": _PRESENTADA + [_enmienda(), _enmienda("2", "otra_enmienda")],
    "enmiendas texto-final": _PRESENTADA + [_enmienda()],
    "votos enmienda": _ADMITIDA_EN_LA_4 + [_enmienda("1", "enmienda", "--recibida", _RECIBIDA),
                                           (["enmiendas", "admitir", "{enmienda}"], {})],
    "votos mocion": _ADMITIDA_EN_LA_4,
    # Un bloque «Agua» en la sesión 4 y, para agregar, quitar y votar, una moción admitida allí.
    "bloques agregar": _ADMITIDA_EN_LA_4 + [(["bloques", "crear", "Agua", "--sesion", "{sesion}"], {})],
    "bloques quitar": _ADMITIDA_EN_LA_4 + [(["bloques", "crear", "Agua", "--sesion", "{sesion}"], {}),
                                           (["bloques", "agregar", "Agua", "--sesion", "{sesion}", "--mocion",
                                             "{numero}"], {})],
    "bloques borrar": [(["bloques", "crear", "Agua", "--sesion", "{sesion}"], {})],
    "bloques votar": _ADMITIDA_EN_LA_4 + [(["bloques", "crear", "Agua", "--sesion", "{sesion}"], {}),
                                          (["bloques", "agregar", "Agua", "--sesion", "{sesion}", "--mocion",
                                            "{numero}"], {})],
    "votos adoptar": _ADMITIDA_EN_LA_4 + [(["votos", "mocion", "{mocion}", "--a-favor", "12", "--en-contra", "2"],
                                           {})],
    "oradores siguiente": [(["oradores", "pedir", "--punto", "{punto}", "--miembro", "1"], {})],
    "oradores terminar": [(["oradores", "pedir", "--punto", "{punto}", "--miembro", "1"], {}),
                          (["oradores", "siguiente", "--punto", "{punto}"], {})],
    "oradores reabrir": [(["oradores", "cerrar", "--punto", "{punto}"], {})],
    "oradores pausar": [(["oradores", "pedir", "--punto", "{punto}", "--miembro", "1"], {}),
                        (["oradores", "siguiente", "--punto", "{punto}"], {})],
    "oradores reanudar": [(["oradores", "pedir", "--punto", "{punto}", "--miembro", "1"], {}),
                          (["oradores", "siguiente", "--punto", "{punto}"], {}),
                          (["oradores", "pausar", "--punto", "{punto}"], {})],
    "oradores mover": [(["oradores", "pedir", "--punto", "{punto}", "--miembro", "1"], {}),
                       (["oradores", "pedir", "--punto", "{punto}", "--miembro", "2", "--json"], {"pedido": "id"})],
    "oradores retirar": [(["oradores", "pedir", "--punto", "{punto}", "--miembro", "1", "--json"],
                          {"pedido": "id"})],
    "sesiones votar": _PUNTO_DE_VOTACION,
    "sesiones resolucion": _APROBADO,
    "sesiones celebrada": [(["sesiones", "convocar", "{organo}", "--fecha", "2026-10-20", "--lugar", "Montevideo",
                             "--convocada-el", "2026-10-01", "--json"], {"pasada": "id"})],
    "sesiones aprobar-acta": [
        (["sesiones", "punto-aprobacion-acta", "{sesion}", "--json"], {"punto_del_acta": "id"}),
        (["sesiones", "votar", "{punto_del_acta}", "--a-favor", "15"], {}),
        (["sesiones", "resolucion", "{punto_del_acta}", "--titulo", "Aprueba el acta", "--json"],
         {"aprueba_el_acta": "id"})],
    "sesiones eleccion": _ELECCION[:1],
    "sesiones candidatura": _ELECCION[:2],
    "sesiones quitar-candidatura": _ELECCION,
    "sesiones segunda-vuelta": _ELECCION + [(["sesiones", "cerrar-eleccion", "{eleccion}", "--votos",
                                              "{candidata}:7,{otra_candidata}:7"], {})],
    "sesiones confirmar-eleccion": _ELECCION + [(["sesiones", "cerrar-eleccion", "{eleccion}", "--votos",
                                                  "{candidata}:9,{otra_candidata}:5"], {})],
}
EJEMPLOS["sesiones cerrar-eleccion"] = ["sesiones", "cerrar-eleccion", "{eleccion}", "--votos",
                                        "{candidata}:9,{otra_candidata}:5", "--blancos", "1"]
PREPARAR["sesiones cerrar-eleccion"] = _ELECCION
