"""La asociación ya creada desde la línea de órdenes (issue #15, «La asociación misma»):
«asociacion editar», «asociacion quitar-pais», «asociacion pais --desde» y «asociacion paises»."""

from contextlib import closing
import json
import sqlite3
from datetime import date

from ayudas import sin_traza


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def falla(resultado, *textos: str, codigo: int = 1) -> str:
    sin_traza(resultado)
    assert resultado.returncode == codigo, (resultado.returncode, resultado.stdout, resultado.stderr)
    for texto in textos:
        assert texto in resultado.stderr, resultado.stderr
    return resultado.stderr


def foto(ruta) -> tuple:
    """Todo lo que la asociación guarda de sí misma y de sus países (para ver que un error no dejó nada a medias)."""
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return (conexion.execute("SELECT nombre, sigla, tipo, sede, papel FROM asociaciones").fetchall(),
                conexion.execute("SELECT * FROM paises_asociacion ORDER BY pais").fetchall(),
                conexion.execute("SELECT pais, categoria, desde, articulo FROM categorias_pais ORDER BY id").fetchall())


def test_editar_nombre_sigla_y_tipo_se_ve_en_listar(cli, base_cli):
    salida = ok(cli("asociacion", "editar", "--nombre", "Red de Ciudades del Litoral", "--sigla", "rcl",
                    "--tipo", "alianza", db=base_cli))
    assert "Asociación RCL cambiada:" in salida
    assert "Nombre: «Red de Municipios del Litoral» → «Red de Ciudades del Litoral»" in salida
    assert "Sigla: «RML» → «RCL»" in salida and "Tipo: «red representativa» → «alianza»" in salida
    assert "Los documentos ya emitidos conservan los datos con que se emitieron" in salida

    listado = ok(cli("asociacion", "listar", db=base_cli))
    assert "RCL" in listado and "Red de Ciudades del Litoral" in listado and "alianza · AR pleno, UY asociado" in listado
    [asociacion] = json.loads(ok(cli("asociacion", "listar", "--json", db=base_cli)))
    assert (asociacion["nombre"], asociacion["sigla"], asociacion["tipo"]) == ("Red de Ciudades del Litoral", "RCL",
                                                                             "alianza")
    # La sigla nueva sirve para --asociacion; la vieja ya no.
    ok(cli("miembros", "listar", "--asociacion", "rcl", db=base_cli))
    falla(cli("miembros", "listar", "--asociacion", "RML", db=base_cli),
          "No hay ninguna asociación con la sigla «RML» (existentes: RCL)")


def test_errores_de_editar_no_cambian_nada(cli, base_cli):
    ok(cli("asociacion", "crear", "--nombre", "Alianza del Norte", "--sigla", "ADN", db=base_cli))
    antes = foto(base_cli)
    falla(cli("asociacion", "editar", "--asociacion", "RML", "--nombre", "Otro", "--sigla", "adn", db=base_cli),
          "No se guardó ningún cambio de la asociación RML:",
          "Sigla: ya existe otra asociación con la sigla «ADN» (Alianza del Norte); elija otra.")
    falla(cli("asociacion", "editar", "--asociacion", "RML", "--sigla", "R M", "--tipo", "club", "--nombre", " ",
              db=base_cli),
          "Sigla: «R M» no sirve como sigla", "Tipo: «club» desconocido; use uno de: red representativa", "Nombre:")
    falla(cli("asociacion", "editar", "--asociacion", "RML", "--papel", "A3", db=base_cli),
          "argumento --papel: opción no válida: 'A3'", codigo=2)
    falla(cli("asociacion", "editar", "--asociacion", "RML", "--idioma-documentos", "fr", db=base_cli),
          "argumento --idioma-documentos: opción no válida: 'fr' (elija entre 'es', 'pt')", codigo=2)
    falla(cli("asociacion", "editar", "--asociacion", "RML", db=base_cli),
          "No se cambió nada: indique el nombre, la sigla, el tipo, la sede, el papel, el idioma de los documentos o "
          "la dirección pública nuevos.")
    # Con dos asociaciones hay que decir cuál.
    falla(cli("asociacion", "editar", "--nombre", "X", db=base_cli), "indique cuál con --asociacion SIGLA")
    assert foto(base_cli) == antes


def test_quitar_un_pais_con_miembros_dice_por_que_y_como_arreglarlo(cli, con_miembros):
    antes = foto(con_miembros)
    mensaje = falla(cli("asociacion", "quitar-pais", "Uruguay", db=con_miembros),
                    "No se quitó Uruguay (UY) de RML: hoy tiene 1 miembro que no está de baja (Salto).",
                    "escritorio miembros baja ID --fecha AAAA-MM-DD --motivo")
    assert "corrija el país en su ficha" in mensaje
    falla(cli("asociacion", "quitar-pais", "UY", "--por-error", db=con_miembros),
          "1 miembro es de ese país (Salto), así que no se agregó por error")
    assert foto(con_miembros) == antes

    # Dada de baja Salto, Uruguay se retira desde una fecha: deja de figurar, y su historia se conserva.
    salto = next(m["id"] for m in json.loads(ok(cli("miembros", "listar", "--json", db=con_miembros)))
                 if m["nombre"] == "Salto")
    ok(cli("miembros", "baja", salto, "--motivo", "Se retiró", db=con_miembros))
    salida = ok(cli("asociacion", "quitar-pais", "UY", "--articulo", "Res. 4/2025", db=con_miembros))
    hoy = f"{date.today():%d/%m/%Y}"
    assert salida.strip() == (f"Uruguay (UY) deja de ser país de RML desde el {hoy} (Res. 4/2025); antes de esa "
                              "fecha se sigue contando con la categoría que tenía.")
    assert "AR pleno" in ok(cli("asociacion", "listar", db=con_miembros))
    assert "UY" not in ok(cli("asociacion", "listar", db=con_miembros)).split("·")[-1]
    paises = ok(cli("asociacion", "paises", db=con_miembros))
    assert "UY  Uruguay" in paises and f"retirado    desde el {hoy}" in paises
    assert "asociado desde la fundación" in paises and f"retirado desde el {hoy} (Res. 4/2025)" in paises
    falla(cli("asociacion", "quitar-pais", "UY", db=con_miembros), "hoy no es país de la asociación")


def test_no_se_quita_el_ultimo_pais_ni_uno_que_no_es(cli, tmp_path):
    base = tmp_path / "chica.db"
    ok(cli("asociacion", "crear", "--nombre", "Red Chica", "--sigla", "RCH", "--paises", "PY", db=base))
    antes = foto(base)
    falla(cli("asociacion", "quitar-pais", "PY", db=base), "es el único país de la asociación",
          "Agregue primero el país que corresponde y después quite este.")
    falla(cli("asociacion", "quitar-pais", "Chile", db=base), "No se quitó Chile (CL) de RCH: hoy no es país")
    falla(cli("asociacion", "quitar-pais", "Narnia", db=base), "País: «Narnia» no es un país reconocido")
    falla(cli("asociacion", "quitar-pais", "PY", "--desde", "ayer", db=base), "valor no válido", codigo=2)
    assert foto(base) == antes
    # Un país agregado por error se borra entero.
    ok(cli("asociacion", "pais", "BO", db=base))
    assert "se quitó de RCH por completo" in ok(cli("asociacion", "quitar-pais", "BO", "--por-error", db=base))
    assert foto(base) == antes


def test_cambiar_la_categoria_desde_una_fecha_y_verla(cli, base_cli):
    ok(cli("asociacion", "pais", "UY", "--categoria", "pleno", "--desde", "2024-01-01", "--articulo",
           "Estatuto, art. 5", db=base_cli))
    detalle = {p["pais"]: p for p in json.loads(ok(cli("asociacion", "paises", "--json", db=base_cli)))}
    assert detalle["UY"]["categoria"] == "pleno" and detalle["UY"]["desde"] == "2024-01-01"
    assert [(h["categoria"], h["articulo"]) for h in detalle["UY"]["historia"]] == [
        ("asociado", None), ("pleno", "Estatuto, art. 5")]
    assert "UY pleno" in ok(cli("asociacion", "listar", db=base_cli))


def test_crear_sin_paises_dice_como_agregarlos(cli, tmp_path):
    salida = ok(cli("asociacion", "crear", "--nombre", "Red Nueva", "--sigla", "rn", db=tmp_path / "n.db"))
    assert "Asociación «Red Nueva» (RN) creada" in salida
    assert "Todavía no tiene países" in salida and "asociacion pais AR --categoria pleno" in salida


def test_los_documentos_ya_emitidos_no_cambian_y_los_nuevos_llevan_el_nombre_nuevo(cli, copia_de_la_demo, tmp_path):
    from pypdf import PdfReader

    def texto(ruta) -> str:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages)

    demo = copia_de_la_demo
    ok(cli("pagos", "recibo", 1, tmp_path / "antes.pdf", db=demo))
    antes = (tmp_path / "antes.pdf").read_bytes()
    assert "Red de Ciudades del Sur" in texto(tmp_path / "antes.pdf")
    ok(cli("asociacion", "editar", "--nombre", "Red de Ciudades de Sudamérica", "--sigla", "RCSA", db=demo))

    # El papel emitido antes sigue siendo auténtico y vigente: la huella no incluye el nombre ni la sigla.
    verificado = cli("documento", "verificar", tmp_path / "antes.pdf", db=demo)
    assert verificado.returncode == 0, (verificado.stdout, verificado.stderr)
    assert "Auténtico y vigente." in verificado.stdout
    assert (tmp_path / "antes.pdf").read_bytes() == antes
    # Lo que se emite desde ahora lleva los datos nuevos.
    ok(cli("pagos", "recibo", 1, tmp_path / "despues.pdf", db=demo))
    nuevo = texto(tmp_path / "despues.pdf")
    assert "Red de Ciudades de Sudamérica" in nuevo and "RCSA" in nuevo and "Red de Ciudades del Sur" not in nuevo


def test_el_pais_de_la_sede_fija_la_ley_de_los_datos_personales(cli, tmp_path):
    """`asociacion crear --pais-sede` (issue 78: la asociación nacía sin ley y ninguna solicitud se registraba)."""
    base = tmp_path / "sede.db"
    falla(cli("asociacion", "crear", "--nombre", "Red Chica", "--sigla", "RCH", "--pais-sede", "Narnia", db=base),
          "País de la sede: «Narnia» no es un país reconocido")
    ok(cli("asociacion", "crear", "--nombre", "Red Chica", "--sigla", "RCH", "--paises", "UY", "--pais-sede",
           "Uruguay", db=base))
    assert ok(cli("derechos", "politica", db=base)).startswith("Ley: Ley 18.331")
