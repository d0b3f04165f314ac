"""Issue 61 §6: una asociación nueva no se queda con «nada pendiente». `escritorio agenda` le da sus primeros pasos
(el estatuto, los órganos, la escala de cuotas, los miembros, la primera emisión, la cuenta de correo y la dirección
pública), cada uno con la orden que lo hace; se tildan solos a medida que se hacen, y la lista se va cuando están todos
(o cuando la asociación celebró su primera sesión: ya no es nueva). Todo con la línea de órdenes, como la secretaria;
la primera y la última, como procesos de verdad."""

from datetime import date

from ayudas import BUENAS, escribir_csv
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.primeros_pasos import primeros_pasos
from escritorio.servicios.sesiones.asistencia import marcar_celebrada
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar

ESTATUTO = """ESTATUTO DE LA RED

Artículo 1. La Red de Municipios del Litoral reúne a los municipios del litoral.
"""


def _tildes(salida: str) -> dict[str, bool]:
    return {linea.strip()[4:]: linea.strip().startswith("[x]") for linea in salida.splitlines()
            if linea.strip().startswith(("[x]", "[ ]"))}


def test_los_primeros_pasos_se_tildan_solos_y_se_van_cuando_estan_todos(cli, cli_proceso, base_cli, tmp_path):
    nueva = cli_proceso("agenda", db=base_cli)
    assert nueva.returncode == 0, nueva.stderr
    assert "Primeros pasos (0 de 7 hechos):" in nueva.stdout
    assert list(_tildes(nueva.stdout)) == [
        "Cargar el estatuto", "Crear los órganos (Asamblea, Consejo, Secretaría…)", "Definir la escala de cuotas",
        "Cargar los miembros (importarlos de una planilla)", "Emitir las cuotas del año",
        "Configurar la cuenta de correo", "Fijar la dirección pública donde se verifican los documentos"]
    assert f"→ escritorio --db {base_cli} estatutos cargar ARCHIVO.txt --titulo Estatuto" in nueva.stdout
    # Emitir necesita antes una escala que rija el año: su orden fallaría, y la agenda no la propone (issue 66).
    assert f"cuotas emitir {hoy().year}" not in nueva.stdout
    assert "  [ ] Emitir las cuotas del año\n      (antes: «Definir la escala de cuotas»)\n" in nueva.stdout

    (tmp_path / "estatuto.txt").write_text(ESTATUTO, encoding="utf-8")
    pasos = [
        ("estatutos", "cargar", tmp_path / "estatuto.txt", "--titulo", "Estatuto", "--desde", "2020-01-01"),
        ("organos", "crear", "--nombre", "Consejo", "--tipo", "consejo"),
        ("cuotas", "escala", "definir", "--desde", "2020-01-01", "--moneda", "USD", "--tramos", "0:100,100000:500"),
        ("miembros", "importar", escribir_csv(tmp_path / "miembros.csv", BUENAS)),
        ("cuotas", "emitir", hoy().year),
        ("correo", "cuenta", "--servidor", "smtp.ejemplo.org", "--remitente", "secretaria@ejemplo.org"),
    ]
    for n, orden in enumerate(pasos, start=1):
        hecho = cli(*orden, db=base_cli)
        assert hecho.returncode == 0, (orden, hecho.stderr)
        agenda = cli("agenda", db=base_cli)
        assert f"Primeros pasos ({n} de 7 hechos):" in agenda.stdout, orden
        assert list(_tildes(agenda.stdout).values()) == [True] * n + [False] * (7 - n)
        if orden[:3] == ("cuotas", "escala", "definir"):   # con la escala, la emisión ya se puede: su orden
            assert f"→ escritorio --db {base_cli} cuotas emitir {hoy().year}" in agenda.stdout
    assert cli("asociacion", "editar", "--direccion-publica", "https://red.ejemplo.org", db=base_cli).returncode == 0
    terminada = cli_proceso("agenda", db=base_cli)
    assert terminada.returncode == 0 and "Primeros pasos" not in terminada.stdout and not _tildes(terminada.stdout)


def test_en_json_cada_paso_dice_si_esta_hecho_y_su_orden(cli, base_cli):
    import json

    datos = json.loads(cli("agenda", "--json", db=base_cli).stdout)
    primeros = datos["primeros_pasos"]
    assert [p["clave"] for p in primeros] == ["estatuto", "organos", "escala", "miembros", "emision", "correo",
                                              "direccion_publica"]
    assert all(not p["hecho"] for p in primeros)
    # Cada paso que se puede hacer ya, con su orden; emitir, después de la escala (su orden fallaría antes).
    assert [(p["clave"], p["antes"]) for p in primeros if p["orden"] is None] == [("emision", "escala")]
    assert all(p["orden"].startswith("escritorio ") for p in primeros if p["antes"] is None)


def test_una_asociacion_que_ya_celebro_una_sesion_no_es_nueva(cli, base_cli):
    assert cli("organos", "crear", "--nombre", "Asamblea", "--tipo", "asamblea", db=base_cli).returncode == 0
    db = abrir_base(base_cli)
    try:
        contexto = Contexto(db, 1)
        assert primeros_pasos(contexto).ver
        organo = db.execute("SELECT id FROM organos").fetchone()[0]
        sesion = convocar(contexto, organo, NuevaSesion(date(2026, 3, 1), lugar="Rosario",
                                                        convocada_el=date(2026, 2, 1)))
        marcar_celebrada(contexto, sesion, "12:00")
        primeros = primeros_pasos(contexto)
        assert not primeros.ver and primeros.hechos == 1   # faltan pasos, pero ya no es nueva
    finally:
        db.close()
    assert "Primeros pasos" not in cli("agenda", db=base_cli).stdout
