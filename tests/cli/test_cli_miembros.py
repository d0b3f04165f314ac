"""El padrón por la línea de órdenes: importar, listar, elegir asociación, bajas, exportar e imprimir."""

import re
from datetime import date

from openpyxl import load_workbook

from ayudas import BUENAS, escribir_csv, escribir_xlsx, listar_cli as listar, sin_traza

def test_importar_un_archivo_bueno(cli, base_cli, tmp_path):
    resultado = cli("miembros", "importar", escribir_xlsx(tmp_path / "buenas.xlsx", BUENAS), db=base_cli)
    assert resultado.returncode == 0
    assert "3 nuevos, 0 actualizados" in resultado.stdout
    assert resultado.stdout.strip() == "Importación terminada en RML: 3 nuevos, 0 actualizados, 0 sin cambios."


def test_importar_la_columna_intendente_como_autoridad(cli, base_cli, tmp_path):
    """Issue 78 §4: la columna «Intendente» (o «Intendenta», «Alcaldesa»…) es la de la autoridad, sin elegirla."""
    ruta = escribir_csv(tmp_path / "uruguay.csv", [["Montevideo", "UY", "1.319.108", "Mario Bergara"],
                                                   ["Canelones", "UY", "520.187", "Francisco Legnani"]],
                        ["Ciudad", "País", "Población", "Intendente"])
    resultado = cli("miembros", "importar", ruta, db=base_cli)
    assert resultado.returncode == 0, resultado.stderr
    assert "columnas ignoradas" not in resultado.stdout
    autoridades = {m["nombre"]: (m["autoridad"], m["cargo"]) for m in listar(cli, base_cli)}
    assert autoridades == {"Montevideo": ("Mario Bergara", "Intendente"),
                           "Canelones": ("Francisco Legnani", "Intendente")}


def test_simular_no_escribe(cli, con_miembros, tmp_path):
    ruta = escribir_csv(tmp_path / "cambios.csv", [["Rosario", "AR", "1.300.000"], ["Colonia", "UY", "27.000"]])
    resultado = cli("miembros", "importar", ruta, "--simular", db=con_miembros)
    assert resultado.returncode == 0
    assert "Simulación (no se escribió nada): 1 nuevos, 1 actualizados, 0 sin cambios." in resultado.stdout
    assert re.search(r"fila 2: .*1\.?300\.?000", resultado.stdout), resultado.stdout
    assert len(listar(cli, con_miembros)) == 3


def test_importar_un_archivo_malo_sale_con_1_y_dice_donde(cli, con_miembros, tmp_path):
    ruta = escribir_csv(tmp_path / "malas.csv", [["Colonia", "UY", "27.000"], ["Paysandú", "Uruguai", "doce mil"]])
    resultado = cli("miembros", "importar", ruta, db=con_miembros)
    assert resultado.returncode == 1
    assert resultado.stdout == ""
    assert "malas.csv: 1 problema; no se importó nada." in resultado.stderr
    assert "Fila 3, columna C (Población), valor «doce mil»: la población no es un número entero" in resultado.stderr
    sin_traza(resultado)
    assert len(listar(cli, con_miembros)) == 3


def test_listar_miembros_en_json(cli, con_miembros):
    miembros = listar(cli, con_miembros)
    assert [m["nombre"] for m in miembros] == ["Paraná", "Rosario", "Salto"]
    for clave in ("id", "nombre", "pais", "region", "poblacion", "estado", "fecha_ingreso"):
        assert all(clave in m for m in miembros), clave
    rosario = miembros[1]
    assert (rosario["pais"], rosario["poblacion"], rosario["estado"]) == ("AR", 1_276_000, "activo")


def test_listar_en_texto(cli, con_miembros):
    resultado = cli("miembros", "listar", db=con_miembros)
    assert resultado.returncode == 0
    assert "1.276.000" in resultado.stdout
    assert resultado.stdout.strip().endswith("3 miembros.")


def test_con_dos_asociaciones_hay_que_elegir(cli, con_miembros):
    assert cli("asociacion", "crear", "--nombre", "Red del Sur", "--sigla", "RDS", db=con_miembros).returncode == 0

    resultado = cli("miembros", "listar", db=con_miembros)

    assert resultado.returncode == 1
    assert "varias asociaciones (RML, RDS)" in resultado.stderr  # por nombre: «Red de M…» antes que «Red del S…»
    assert "--asociacion SIGLA" in resultado.stderr
    assert len(listar(cli, con_miembros, "--asociacion", "rml")) == 3
    assert listar(cli, con_miembros, "--asociacion", "RDS") == []
    desconocida = cli("miembros", "listar", "--asociacion", "XYZ", db=con_miembros)
    assert desconocida.returncode == 1
    assert "No hay ninguna asociación con la sigla «XYZ» (existentes: RML, RDS)" in desconocida.stderr


def test_baja_solo_afecta_a_la_asociacion_elegida(cli, con_miembros, tmp_path):
    assert cli("asociacion", "crear", "--nombre", "Red del Sur", "--sigla", "RDS", db=con_miembros).returncode == 0
    ajena = escribir_csv(tmp_path / "rds.csv", [["Valparaíso", "CL", "296.655"]])
    assert cli("miembros", "importar", ajena, "--asociacion", "RDS", db=con_miembros).returncode == 0
    valparaiso = listar(cli, con_miembros, "--asociacion", "RDS")[0]

    resultado = cli("miembros", "baja", valparaiso["id"], "--asociacion", "RML", "--motivo", "Renuncia",
                    db=con_miembros)

    assert resultado.returncode == 1
    assert listar(cli, con_miembros, "--asociacion", "RDS")[0]["estado"] == "activo"


def estado_de(cli, base_cli, nombre) -> str:
    return next(m for m in listar(cli, base_cli) if m["nombre"] == nombre)["estado"]


def test_baja_con_motivo(cli, con_miembros):
    salto = next(m for m in listar(cli, con_miembros) if m["nombre"] == "Salto")
    resultado = cli("miembros", "baja", salto["id"], "--motivo", "Renuncia por nota", db=con_miembros)
    assert resultado.returncode == 0
    hoy = date.today().strftime("%d/%m/%Y")
    assert resultado.stdout.splitlines() == [
        f"Salto dado de baja desde el {hoy}.",
        f"La baja no termina ningún mandato: Salto no tiene mandatos vigentes desde el {hoy}."]
    assert estado_de(cli, con_miembros, "Salto") == "baja"


def test_baja_con_fecha_anterior_al_alta_no_se_informa_como_hecha_si_no_rige(cli, con_miembros):
    """Salto entró hoy por importación (sin fecha de ingreso); una baja fechada en 2024 se registra tarde."""
    salto = next(m for m in listar(cli, con_miembros) if m["nombre"] == "Salto")
    resultado = cli("miembros", "baja", salto["id"], "--fecha", "2024-05-01", "--motivo", "Renuncia por nota",
                    db=con_miembros)
    if resultado.returncode == 0:  # si dice «dado de baja», el padrón debe mostrarlo de baja
        assert estado_de(cli, con_miembros, "Salto") == "baja"
    else:
        assert resultado.returncode == 1 and resultado.stderr.strip()
        sin_traza(resultado)


def test_exportar_e_imprimir_el_padron(cli, con_miembros, tmp_path):
    exportado = cli("miembros", "exportar", "padron.xlsx", db=con_miembros)
    impreso = cli("miembros", "padron", "padron.pdf", db=con_miembros)

    assert exportado.returncode == 0 and "3 miembros" in exportado.stdout
    assert load_workbook(tmp_path / "padron.xlsx")["Padrón"].max_row == 4
    assert impreso.returncode == 0 and "1 página." in impreso.stdout
    assert (tmp_path / "padron.pdf").read_bytes().startswith(b"%PDF")
