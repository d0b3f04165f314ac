"""El servidor de voto con los servicios de verdad, sobre la base de un archivo y sobre la de PostgreSQL: cuatro
teléfonos entran con su código y votan una enmienda en secreto por la página; un reenvío se rechaza; cada voto cuenta
una vez y el cierre da lo que votaron. Cada pedido abre su conexión en un hilo del servidor (la de la prueba, aparte)."""

import pytest

from ayudas import hoy_fijo
from escritorio.servicios import voto_electronico as voto
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servidor_de_voto.certificado import certificado_de
from escritorio.servidor_de_voto.servidor import ServidorDeVoto, nombre_de_la_base
from sala_de_voto import HOY, PRESENTES, armar
from telefono_de_prueba import Telefono


@pytest.mark.parametrize("motor", ["sqlite", pytest.param("postgresql", marks=pytest.mark.proceso)])
def test_cuatro_telefonos_votan_una_enmienda_en_secreto(motor, request, tmp_path, monkeypatch):
    destino = tmp_path / "sala.db" if motor == "sqlite" else request.getfixturevalue("url_pg")
    hoy_fijo(monkeypatch, HOY)
    db = abrir_base(destino)
    servidor = None
    try:
        sala = armar(db, crear_asociacion(db, NuevaAsociacion(
            nombre="Red de Municipios del Litoral", sigla="RML", paises={"AR": "pleno", "UY": "asociado"})))
        codigos = {e.delegacion: e.codigo for e in voto.entregar_codigos(sala.contexto, sala.sesion)}
        servidor = ServidorDeVoto(destino, sala.sesion, "127.0.0.1", 0, pedidos_por_minuto=10_000,
                                  codigos_por_minuto=1_000)
        servidor.iniciar()
        servidor.certificado = certificado_de(nombre_de_la_base(destino), "127.0.0.1").certificado
        urna = voto.abrir_urna(sala.contexto, sala.sesion, "enmienda", sala.enmienda, secreta=True)
        telefonos = [Telefono(servidor) for _ in range(4)]
        for telefono, delegacion in zip(telefonos, PRESENTES):
            assert telefono.ingresar(codigos[delegacion])[0] == 303
        enviados = []
        for telefono, sentido in zip(telefonos, ("a_favor", "a_favor", "en_contra", "abstencion")):
            (estado, _, _), campos = telefono.votar(sentido)
            assert estado == 303
            enviados.append(campos)
        assert telefonos[1].post("/votar", enviados[1])[0] == 403   # el mismo formulario otra vez
        assert "Su voto está registrado" in telefonos[2].get()[2]
        assert voto.cuantos_votaron(db, urna) == (4, 30)
        votacion = voto.cerrar_urna(sala.contexto, urna)
        assert (votacion.metodo, votacion.a_favor, votacion.en_contra, votacion.abstenciones) == ("secreta", 2, 1, 1)
    finally:
        if servidor is not None:
            servidor.detener()
        db.close()
