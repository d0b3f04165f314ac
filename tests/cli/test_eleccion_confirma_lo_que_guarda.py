"""Lo que una elección confirma es lo que se guarda (issue 59, punto 4), por la línea de órdenes como proceso real:
la Asamblea elige Secretario Ejecutivo a Montevideo con Carolina Cosse; «confirmar-eleccion» dice el mandato y el
traspaso, y «organos mandatos --json» lo devuelve tal cual, campo por campo (cargo, persona, fechas, órgano). El cargo
es personal: una candidatura sin la persona se rechaza con la regla (punto 2)."""

import json
from datetime import date, timedelta


def hecho(resultado, codigo=0):
    assert resultado.returncode == codigo, (resultado.stdout, resultado.stderr)
    assert "Traceback" not in resultado.stderr
    return resultado


def en_json(resultado):
    return json.loads(hecho(resultado).stdout)


def test_la_eleccion_de_la_secretaria_ejecutiva_guarda_lo_que_confirma(copia_de_la_demo, cli_proceso):
    db = copia_de_la_demo

    def cli(*argumentos, codigo=0):
        return hecho(cli_proceso(*argumentos, db=db), codigo)

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
    [nuevo] = [m for m in en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json"))
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
