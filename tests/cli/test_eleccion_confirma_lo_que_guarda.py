"""Lo que una elección confirma es lo que se guarda (issue 59, punto 4), por la línea de órdenes (lo guardado, releído
en un proceso real): la Asamblea elige Secretario Ejecutivo a Montevideo con Carolina Cosse; «confirmar-eleccion» dice el mandato y el
traspaso, y «organos mandatos --json» lo devuelve tal cual, campo por campo (cargo, persona, fechas, órgano). El cargo
es personal: una candidatura sin la persona se rechaza con la regla (punto 2)."""

from datetime import date, timedelta

from ayudas import en_json, hecho


def test_la_eleccion_de_la_secretaria_ejecutiva_guarda_lo_que_confirma(copia_de_la_demo, cli):
    db, ejecutar = copia_de_la_demo, cli

    def cli(*argumentos, codigo=0, proceso_real=False):
        return hecho(ejecutar(*argumentos, db=db, proceso_real=proceso_real), codigo)

    secretaria = en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json"))
    actual = max(secretaria, key=lambda m: m["desde"])
    inicio = date.fromisoformat(actual["desde"])
    desde = inicio.replace(year=inicio.year + 1)          # cuando la que ejerce cumple su año
    hasta = desde.replace(year=desde.year + 1) - timedelta(days=1)
    miembros = en_json(cli("miembros", "listar", "--json"))
    montevideo = next(m["id"] for m in miembros if m["nombre"] == "Montevideo")
    activos = ",".join(str(m["id"]) for m in miembros if m["estado"] == "activo")

    sesion = en_json(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha",
                         (desde - timedelta(days=3)).isoformat(), "--hora", "10:00", "--lugar", "Montevideo",
                         "--json"))["id"]
    punto = en_json(cli("sesiones", "punto", sesion, "--titulo", "Elección de la Secretaría Ejecutiva", "--tipo",
                        "eleccion", "--decision", "eleccion", "--json"))["id"]
    cli("sesiones", "eleccion", punto, "--organo", "Secretaría Ejecutiva", "--cargo", "secretario_ejecutivo",
        "--desde", desde.isoformat(), "--hasta", hasta.isoformat())

    # Secretario Ejecutivo es un cargo personal: la candidatura nombra a la persona.
    sin_persona = cli("sesiones", "candidatura", punto, "--miembro", montevideo, codigo=1)
    assert "El cargo Secretario Ejecutivo de Secretaría Ejecutiva es personal" in sin_persona.stderr
    assert "--persona NOMBRE" in sin_persona.stderr
    candidatura = en_json(cli("sesiones", "candidatura", punto, "--miembro", montevideo, "--persona",
                              "Carolina Cosse", "--json"))
    assert candidatura["nombre"] == "Montevideo (Carolina Cosse)"

    cli("sesiones", "asistencia", sesion, "--presentes", activos)
    cli("sesiones", "cerrar-eleccion", punto, "--votos", f"{candidatura['id']}:10")
    salida = cli("sesiones", "confirmar-eleccion", punto).stdout
    periodo = f"del {desde:%d/%m/%Y} al {hasta:%d/%m/%Y}"
    assert f"Mandato registrado: Montevideo (Carolina Cosse): Secretario Ejecutivo — Secretaría Ejecutiva, {periodo}." \
        in salida
    assert (f"Traspaso: Secretaría Ejecutiva: {actual['miembro']} → Montevideo (Carolina Cosse), Secretario "
            f"Ejecutivo desde el {desde:%d/%m/%Y}.") in salida
    assert f"Traspaso: Comisión Directiva: {actual['miembro']} (anterior), Montevideo (actual)" in salida

    # Leído de vuelta, en otro proceso: el mandato que se prometió, sin correcciones de relleno en su historia.
    [nuevo] = [m for m in en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json", proceso_real=True))
               if m["desde"] == desde.isoformat()]
    assert (nuevo["miembro_id"], nuevo["persona"], nuevo["cargo"], nuevo["desde"], nuevo["hasta"],
            nuevo["con_voto"], nuevo["correcciones"]) == (
        montevideo, "Carolina Cosse", "secretario_ejecutivo", desde.isoformat(), hasta.isoformat(), True, [])
    # El saliente termina la víspera; la ciudad que asume sigue siendo quien ejerce (la troika la encuentra).
    [saliente] = [m for m in en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json"))
                  if m["id"] == actual["id"]]
    assert saliente["hasta"] == (desde - timedelta(days=1)).isoformat()
    directiva = en_json(cli("organos", "mandatos", "Comisión Directiva", "--json"))
    assert {m["cargo"] for m in directiva if m["desde"] == desde.isoformat()} == {"titular"}
    assert montevideo in {m["miembro_id"] for m in directiva if m["desde"] == desde.isoformat()}


def test_el_traspaso_de_una_asociacion_sin_comision_directiva_no_la_nombra(copia_de_la_demo, cli):
    """Sin una Comisión Directiva de la troika (aquí: se le quita la regla), el traspaso no la rehace y su vista previa
    no la nombra."""
    db, ejecutar = copia_de_la_demo, cli

    def cli(*argumentos, codigo=0, proceso_real=False):
        return hecho(ejecutar(*argumentos, db=db, proceso_real=proceso_real), codigo)

    actual = max(en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json")), key=lambda m: m["desde"])
    inicio = date.fromisoformat(actual["desde"])
    fecha = inicio.replace(year=inicio.year + 1).isoformat()
    assert "Comisión Directiva: " in cli("organos", "traspaso", "--fecha", fecha, "--simular").stdout
    for regla in en_json(cli("organos", "composicion", "Comisión Directiva", "--json"))["reglas"]:
        cli("organos", "quitar-regla", regla["id"])
    previa = cli("organos", "traspaso", "--fecha", fecha, "--simular").stdout
    assert previa.startswith(f"Secretaría Ejecutiva: {actual['miembro']} → ")
    assert "Comisión Directiva" not in previa


def test_un_mandato_personal_sin_persona_ya_guardado_es_un_aviso_de_verificar(copia_de_la_demo, cli):
    """Uno de antes (escrito por una versión que no pedía la persona): sigue valiendo, `verificar` lo dice como aviso
    y la base sigue sana."""
    from escritorio.datos import organos as tabla_organos
    from escritorio.datos.conexion import transaccion
    from escritorio.servicios.base import abrir_base

    base = abrir_base(copia_de_la_demo)
    try:
        se = base.execute("SELECT id FROM organos WHERE tipo = 'secretaria_ejecutiva'").fetchone()[0]
        montevideo = base.execute("SELECT id FROM miembros WHERE nombre = 'Montevideo'").fetchone()[0]
        with transaccion(base):
            mandato = tabla_organos.insertar_mandato(base, se, montevideo, None, "secretario_ejecutivo", 1,
                                                     "2020-03-01", "2020-11-30", None)
    finally:
        base.close()
    salida = hecho(cli("verificar", db=copia_de_la_demo)).stdout
    assert (f"AVISO: Mandato {mandato} en Secretaría Ejecutiva: Montevideo es Secretario Ejecutivo desde el "
            "2020-03-01 sin nombrar a la persona que lo ejerce, y es un cargo personal. Sigue valiendo") in salida


def test_cambiar_a_un_cargo_personal_con_candidaturas_sin_persona_se_rechaza(copia_de_la_demo, cli):
    """La candidatura se agregó cuando el cargo era «titular»; cambiarlo a Secretario Ejecutivo dejaría confirmar un
    cargo personal sin persona: se rechaza y la elección queda como estaba."""
    db, ejecutar = copia_de_la_demo, cli

    def cli(*argumentos, codigo=0, proceso_real=False):
        return hecho(ejecutar(*argumentos, db=db, proceso_real=proceso_real), codigo)

    montevideo = next(m["id"] for m in en_json(cli("miembros", "listar", "--json")) if m["nombre"] == "Montevideo")
    sesion = en_json(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha", "2026-11-28", "--hora",
                         "10:00", "--lugar", "Montevideo", "--json"))["id"]
    punto = en_json(cli("sesiones", "punto", sesion, "--titulo", "Elección de la Secretaría Ejecutiva", "--tipo",
                        "eleccion", "--decision", "eleccion", "--json"))["id"]
    cli("sesiones", "eleccion", punto, "--organo", "Secretaría Ejecutiva", "--cargo", "titular", "--desde",
        "2026-12-01")
    cli("sesiones", "candidatura", punto, "--miembro", montevideo)
    cambio = cli("sesiones", "eleccion", punto, "--organo", "Secretaría Ejecutiva", "--cargo", "secretario_ejecutivo",
                 "--desde", "2026-12-01", codigo=1)
    assert "es personal" in cambio.stderr and "Sin persona: Montevideo." in cambio.stderr
    [eleccion] = en_json(cli("sesiones", "elecciones", sesion, "--json"))
    assert eleccion["cargo"] == "titular"
